package io.gazette.render;

/** The public web addresses of a newsletter's archive, shared by the emails that link to them and the archive pages. */
public final class WebLinks {

    public static final String ARCHIVE = "/archive";

    private WebLinks() {
    }

    public static String archiveIndex(String baseUrl, String slug) {
        return baseUrl + ARCHIVE + "/" + slug;
    }

    public static String archiveIssue(String baseUrl, String slug, int number) {
        return archiveIndex(baseUrl, slug) + "/" + number;
    }

    public static String feed(String baseUrl, String slug) {
        return archiveIndex(baseUrl, slug) + "/feed.atom";
    }
}
