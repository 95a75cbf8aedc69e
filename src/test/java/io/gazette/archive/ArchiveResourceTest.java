package io.gazette.archive;

import io.gazette.render.TestIssues;
import io.gazette.support.IssueStates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public archive shows sent issues only, without personal links, and offers them as a valid Atom feed. */
@QuarkusTest
class ArchiveResourceTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SENT_TITLE = "Chips & <data> \"quoted\"";

    @Inject
    TestIssues testIssues;

    private String slug;
    private int sentNumber;
    private int draftNumber;

    @BeforeEach
    void oneSentAndOneDraftIssue() {
        TestIssues.Created newsletter = testIssues.newsletter("Archive Weekly", null);
        slug = newsletter.slug();
        long sent = testIssues.issue(newsletter.newsletterId(), SENT_TITLE, 3);
        IssueStates.markSent(sent);
        testIssues.issue(newsletter.newsletterId(), "Still a draft", 1);
        sentNumber = 1;
        draftNumber = 2;
    }

    @Test
    void indexListsSentIssuesOnly() {
        Document page = Jsoup.parse(given().get("/archive/{slug}", slug)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .extract().asString());
        assertTrue(page.text().contains("Issue 1: " + SENT_TITLE), page.text());
        assertFalse(page.text().contains("Still a draft"));
        assertEquals(1, page.select("a[href$=/archive/" + slug + "/1]").size());
        assertEquals(1, page.select("link[type=application/atom+xml][href$=/feed.atom]").size());
    }

    @Test
    void issuePageShowsTheIssueWithoutPersonalLinks() {
        String html = given().get("/archive/{slug}/{n}", slug, sentNumber)
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();
        Document page = Jsoup.parse(html);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals(SENT_TITLE, page.selectFirst("h1").text());
        assertEquals(3, page.select("ol.items > li").size());
        assertTrue(page.text().contains("1. Headline 1") && page.text().contains("3. Headline 3"));
        assertEquals("https://example.org/source/2", page.select("a:contains(Read more at Source 2)").attr("href"));
        assertFalse(html.contains("/unsubscribe/") || html.contains("/preferences/"), "no personal links in public pages");
    }

    @Test
    void unsentIssuesAndUnknownNewslettersAreNotFound() {
        given().get("/archive/{slug}/{n}", slug, draftNumber).then().statusCode(404);
        given().get("/archive/{slug}/{n}", slug, 99).then().statusCode(404);
        given().get("/archive/{slug}", "no-such-newsletter").then().statusCode(404);
        given().get("/archive/{slug}/feed.atom", "no-such-newsletter").then().statusCode(404);
    }

    @Test
    void feedIsWellFormedAtomWithEscapedSentEntries() throws Exception {
        byte[] body = given().get("/archive/{slug}/feed.atom", slug)
                .then().statusCode(200).contentType(startsWith("application/atom+xml")).extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("Archive Weekly", child(root, "title").getTextContent());
        assertTrue(child(root, "id").getTextContent().endsWith("/archive/" + slug));
        Instant.parse(child(root, "updated").getTextContent());
        assertEquals("Test Weekly", child(child(root, "author"), "name").getTextContent());

        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(1, entries.getLength(), "drafts stay out of the feed");
        Element entry = (Element) entries.item(0);
        assertEquals("Issue 1: " + SENT_TITLE, child(entry, "title").getTextContent());
        assertTrue(child(entry, "id").getTextContent().endsWith("/archive/" + slug + "/1"));
        assertTrue(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href").endsWith("/" + slug + "/1"));
        Instant.parse(child(entry, "updated").getTextContent());
        Element content = child(entry, "content");
        assertEquals("html", content.getAttribute("type"));
        Document article = Jsoup.parseBodyFragment(content.getTextContent());
        assertEquals(3, article.select("ol.items > li").size(), "the content is the issue's article, as escaped HTML");
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        assertTrue(nodes.getLength() > 0, "missing <" + name + ">");
        return (Element) nodes.item(0);
    }
}
