package org.luoshi.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The reasons a quarantine record gives, in Chinese first with the English term after: one wording per kind of
 * failure, so the operator can group them.
 */
public final class Reasons {
    private Reasons() {
    }

    /** Why reading failed, from the exception (never a stack trace). */
    public static String of(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "没有读取权限（permission denied）";
        }
        if (e instanceof NoSuchFileException) {
            return "没有这个文件或目录（no such file or directory）";
        }
        if (e instanceof FileSystemLoopException) {
            return "符号链接形成循环（symbolic link loop）";
        }
        String msg = e.getMessage();
        return "无法读取（cannot read: " + e.getClass().getSimpleName() + (msg == null ? "" : " " + msg) + "）";
    }

    /** What kind of non-regular file this is. */
    public static String special(Path p) {
        if (!Files.exists(p)) {
            return Files.isSymbolicLink(p) ? "符号链接指向不存在的目标（broken symbolic link）" : "没有这个文件或目录（no such file or directory）";
        }
        if (Files.isDirectory(p)) {
            return "是目录而不是文件（a directory）";
        }
        try {
            Object type = Files.getAttribute(p, "unix:mode");
            int mode = (Integer) type & 0170000;
            String kind = switch (mode) {
                case 0010000 -> "命名管道（named pipe）";
                case 0140000 -> "套接字（socket）";
                case 0020000 -> "字符设备（character device）";
                case 0060000 -> "块设备（block device）";
                default -> "特殊文件（special file）";
            };
            return "不是普通文件：" + kind;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "不是普通文件（not a regular file）";
        }
    }

    /** Over a size limit, checked before reading: both numbers in the message. */
    public static String tooLarge(long size, long limit) {
        return String.format(Locale.ROOT, "过大：%,d 字节，上限 %,d 字节（too large: %,d bytes; the limit is %,d bytes）", size, limit, size, limit);
    }
}
