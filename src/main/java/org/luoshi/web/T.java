package org.luoshi.web;

/**
 * What every template is handed to write its words: the page language (Chinese unless {@code ?lang=en}), labels of
 * codes ({@link Labels}) and links that keep the request's parameters (and its language).
 */
public final class T {
    private final boolean en;
    private final Params q;
    private final String path;

    /** For the page at {@code path} answering the parameters {@code q}. */
    T(Params q, String path) {
        this.q = q;
        this.path = path;
        this.en = q.en();
    }

    /** The Chinese or the English words, as the page's language asks. */
    public String t(String zh, String english) {
        return en ? english : zh;
    }

    public boolean en() {
        return en;
    }

    public String htmlLang() {
        return en ? "en" : "zh-CN";
    }

    public String level(String code) {
        return Labels.level(code, en);
    }

    public String status(String code) {
        return Labels.status(code, en);
    }

    public String role(String code) {
        return Labels.role(code, en);
    }

    public String dim(String code) {
        return Labels.dimension(code, en);
    }

    public String facet(String dim, String value) {
        return Labels.facetValue(dim, value, en);
    }

    public String date(String iso) {
        return Labels.date(iso, en);
    }

    public String deadline(String type, String value) {
        return Labels.deadline(type, value, en);
    }

    /** A deadline with its computed value marked ({@link Labels#deadline(String, String, String, boolean)}). */
    public String deadline(String type, String value, String inferred) {
        return Labels.deadline(type, value, inferred, en);
    }

    /** This request's parameters with changes ({@link Params#link}). */
    public String link(String path, String... changes) {
        return q.link(path, changes);
    }

    /** A path of the site in this page's language. */
    public String to(String pathAndQuery) {
        if (!en) {
            return pathAndQuery;
        }
        return pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?") + "lang=en";
    }

    /** This page in the other language. */
    public String otherLanguage() {
        return q.link(path, "lang", en ? null : "en");
    }
}
