package io.gazette.shared.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Clears the flash cookie on the first full HTML page after it was set, the page whose layout shows it. Redirects
 * and htmx fragments leave it, so a message survives until a page has actually been shown.
 */
@Provider
public class FlashClearing implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean shownPage = response.getStatus() < 300 && HtmlPages.isPage(response)
                && request.getHeaderString("HX-Request") == null;
        if (shownPage && request.getCookies().containsKey(Flash.COOKIE)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, Flash.cookie("", 0));
        }
    }
}
