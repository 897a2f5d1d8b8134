package org.luoshi.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates ({@code src/main/jte}, compiled to classes at build time by the jte Maven plugin): every
 * {@code ${…}} is escaped for where it stands (text, attribute, URL), so no text of a document or a request can
 * become markup.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "org.luoshi.web.templates");

    private Templates() {
    }

    /** The page of template {@code name} (e.g. {@code search.jte}) over {@code model}. */
    static String render(String name, Object model) {
        StringOutput out = new StringOutput(8192);
        ENGINE.render(name, model, out);
        return out.toString();
    }
}
