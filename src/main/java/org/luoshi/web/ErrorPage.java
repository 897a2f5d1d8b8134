package org.luoshi.web;

/** The page of an error answer (400, 404, 405, 414, 503, 500): the status and what went wrong, in the page's language. */
public final class ErrorPage {
    private ErrorPage() {
    }

    /** The model of {@code error.jte}. */
    public record View(T t, int status, String message) {
    }

    static Reply reply(int status, String message, T t) {
        return Reply.html(status, Templates.render("error.jte", new View(t, status, message)));
    }
}
