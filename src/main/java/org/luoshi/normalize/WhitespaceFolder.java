package org.luoshi.normalize;

/** Folds line ends to {@code \n}, no-break spaces to spaces, and drops zero-width characters and stray BOMs. */
final class WhitespaceFolder {

    MappedText fold(MappedText in) {
        MappedText out = new MappedText(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == '\r') {
                if (i + 1 < in.length() && in.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append('\n', in.origin(i), in.mark(i));
            } else if (c == '\u00A0') {
                out.append(' ', in.origin(i), in.mark(i));
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                continue;
            } else {
                out.copy(in, i);
            }
        }
        return out;
    }
}
