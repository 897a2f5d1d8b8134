package org.luoshi.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which {@code Host} headers the server answers: the bound address and port, {@code localhost} and the loopback
 * addresses when bound to loopback, any IP literal when bound to all addresses, and the names allowed explicitly.
 * A page of another site that has pointed its own name at this address (DNS rebinding) sends its own name and is
 * refused.
 */
final class HostCheck {
    private final Set<String> names = new HashSet<>();
    private final boolean anyAddress;
    private volatile int port;

    HostCheck(String bound, List<String> allowed) {
        String b = bare(bound == null ? "0.0.0.0" : bound);
        names.add(b);
        allowed.forEach(a -> names.add(bare(a)));
        anyAddress = b.equals("0.0.0.0") || b.equals("::");
        if (anyAddress || b.startsWith("127.") || b.equals("::1") || b.equals("localhost")) {
            names.addAll(List.of("localhost", "127.0.0.1", "::1"));
        }
    }

    void port(int p) {
        this.port = p;
    }

    /** Whether a request with this {@code Host} header is answered (none at all: an HTTP/1.0 client, answered). */
    boolean allows(String header) {
        if (header == null) {
            return true;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        String host;
        String p = null;
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = h.substring(1, close);
            p = h.length() > close + 1 && h.charAt(close + 1) == ':' ? h.substring(close + 2) : null;
        } else {
            int colon = h.lastIndexOf(':');
            host = colon < 0 ? h : h.substring(0, colon);
            p = colon < 0 ? null : h.substring(colon + 1);
        }
        if (p != null && !p.equals(String.valueOf(port))) {
            return false;
        }
        return names.contains(host) || anyAddress && (host.matches("[0-9.]+") || host.contains(":"));
    }

    private static String bare(String h) {
        String s = h.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
    }
}
