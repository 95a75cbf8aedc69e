package io.gazette.shared.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

/** Tells the response filters which answers are HTML pages: a template not yet rendered has no media type yet. */
final class HtmlPages {

    private HtmlPages() {
    }

    static boolean isPage(ContainerResponseContext response) {
        return response.getEntity() instanceof TemplateInstance || MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType());
    }
}
