package org.arbg.adapters.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * An output file that appears under its final name only when it is complete. Bytes go to a temporary file
 * in the target's directory (same file system, so the final rename is atomic); {@link #commit()} renames it
 * over the target, and {@link #close()} without a commit deletes it. A failed or aborted run therefore leaves
 * no partial output, and a killed run leaves only a hidden {@code .name.*.part} file.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private boolean finished;

    private AtomicOutput(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
    }

    /** Creates the temporary file for {@code target}; the target itself is not touched until commit. */
    public static AtomicOutput open(Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("output directory does not exist: " + dir);
        }
        Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".part");
        FileChannel ch = FileChannel.open(temp, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new AtomicOutput(abs, temp, ch);
    }

    /** Writes a whole file atomically: it appears complete under its name, or not at all. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        try (AtomicOutput out = open(target)) {
            ChannelIo.writeFully(out.channel(), java.nio.ByteBuffer.wrap(bytes), 0);
            out.commit();
        }
    }

    /** Writes a whole text file (UTF-8) atomically. */
    public static void writeString(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The channel to write to (read/write, positioned at 0 on open). */
    public FileChannel channel() {
        return channel;
    }

    /** The final path. */
    public Path target() {
        return target;
    }

    /** The temporary path the bytes are written to until commit. */
    public Path tempPath() {
        return temp;
    }

    /** True once committed or aborted. */
    public boolean finished() {
        return finished;
    }

    /** Flushes, closes and renames the temporary file over the target (replacing an existing file). */
    public void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("output " + target + " was already committed or aborted");
        }
        finished = true;
        try {
            channel.force(false);
            channel.close();
            // temporary files are created private (0600); results are ordinary files (0644)
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly();
            throw e;
        }
    }

    /** Discards the output: closes and deletes the temporary file. Safe to call more than once. */
    public void abort() {
        if (finished) {
            return;
        }
        finished = true;
        deleteQuietly();
    }

    private void deleteQuietly() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // the file is deleted next; nothing useful to report
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: a leftover .part file is harmless and clearly named
        }
    }

    /** Aborts unless {@link #commit()} was called: closing without committing means failure. */
    @Override
    public void close() {
        abort();
    }
}
