package org.luoshi.web;

/** What a page or API handler answers: HTTP status, content type (UTF-8 implied) and body. */
record Response(int status, String type, String body) {
    static Response html(int status, String title, String body) {
        return new Response(status, "text/html", Html.page(title, body));
    }

    static Response json(int status, String body) {
        return new Response(status, "application/json", body);
    }
}
