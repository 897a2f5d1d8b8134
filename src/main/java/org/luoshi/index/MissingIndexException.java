package org.luoshi.index;

import java.nio.file.Path;

/** No index where one was expected; the message says which command builds it. */
public final class MissingIndexException extends Exception {
    private static final long serialVersionUID = 1L;

    public MissingIndexException(Path dir) {
        super("no index at " + dir + "; build it with './luoshi index --from FILE.jsonl --data "
                + (dir.getParent() == null ? "." : dir.getParent()) + "' (FILE.jsonl from './luoshi extract')");
    }
}
