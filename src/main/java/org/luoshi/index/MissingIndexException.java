package org.luoshi.index;

import java.nio.file.Path;

/** No index where one was expected; the message says which command builds it. */
public final class MissingIndexException extends Exception {
    private static final long serialVersionUID = 1L;

    public MissingIndexException(Path dir) {
        super("还没有索引：" + dir + "。请先导入文档：./luoshi ingest 路径… --data "
                + (dir.getParent() == null ? "." : dir.getParent()) + "（no index here yet; run ingest first）");
    }
}
