package org.luoshi.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive right to ingest into one data directory: an operating-system lock ({@link FileChannel#tryLock()}) on
 * {@code DIR/ingest.lock}, which holds the pid of the holder. The system drops the lock when its process dies, so a
 * lock left by a killed run is simply taken over (and said so); a live holder makes {@link #acquire} fail at once.
 */
public final class DataLock implements AutoCloseable {
    public static final String FILE = "ingest.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final String previousHolder;

    /** Thrown when another process (or another run in this one) holds the lock; the message names the directory and pid. */
    public static final class BusyException extends IOException {
        BusyException(Path data, String pid) {
            super("数据目录 " + data + " 正在被进程 " + pid + " 导入，请等它结束后再运行（" + data + " is being ingested by pid " + pid + "）");
        }
    }

    private DataLock(FileChannel channel, FileLock lock, String previousHolder) {
        this.channel = channel;
        this.lock = lock;
        this.previousHolder = previousHolder;
    }

    /**
     * Takes the lock of {@code data} (created if needed) and writes this process's pid into it.
     *
     * @throws BusyException when a live process holds it
     */
    public static DataLock acquire(Path data) throws IOException {
        Files.createDirectories(data);
        FileChannel ch = FileChannel.open(data.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another run in this JVM
        }
        String holder = readPid(ch);
        if (lock == null) {
            ch.close();
            throw new BusyException(data, holder.isEmpty() ? "?" : holder);
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        ch.force(true);
        return new DataLock(ch, lock, holder.isEmpty() ? null : holder);
    }

    /** The pid a killed run left in the lock file, or null when the lock was free and clean. */
    public String takenOverFrom() {
        return previousHolder;
    }

    private static String readPid(FileChannel ch) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(32);
        ch.read(b, 0);
        return new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
    }

    /** Empties the pid (a clean end) and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            channel.truncate(0);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
