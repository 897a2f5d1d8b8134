package org.luoshi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.luoshi.model.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: status, content type (UTF-8 implied), extra headers, and a body that is either a string
 * or written straight to the connection ({@link Body}, for exports of any size).
 */
record Reply(int status, String type, String body, Map<String, String> headers, Body stream) {
    /** A body written to the response as it is made. */
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    static Reply html(int status, String html) {
        return new Reply(status, "text/html", html, Map.of(), null);
    }

    static Reply json(int status, String json) {
        return new Reply(status, "application/json", json, Map.of(), null);
    }

    static Reply json(int status, Object value) {
        try {
            return json(status, Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JSON error of every {@code /api/} path: {@code {"status": 400, "error": "…"}}. */
    static Reply jsonError(int status, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("error", message);
        return json(status, m);
    }

    static Reply redirect(String location) {
        return new Reply(302, "text/plain", "", Map.of("Location", location), null);
    }

    /** A download: {@code filename} (ASCII) offered to save as. */
    static Reply download(String type, String filename, Body body) {
        return new Reply(200, type, null, Map.of("Content-Disposition", "attachment; filename=\"" + filename + "\""), body);
    }
}
