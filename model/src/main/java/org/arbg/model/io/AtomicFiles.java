package org.arbg.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import org.arbg.adapters.io.Sha256;

/** Writes files via a temporary file and rename, so a killed run never leaves a half-written file. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes a file's content. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code file} atomically (same directory temp file, then an atomic move). */
    public static void write(Path file, Writer writer) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
            writer.write(out);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** SHA-256 of a file, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        return Sha256.ofFile(file);
    }

    /** SHA-256 of doubles (their IEEE bits, big-endian), lower-case hex: a digest of IC data. */
    public static String sha256(double[] values) {
        MessageDigest md = Sha256.newDigest();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8 * 4096);
        for (int i = 0; i < values.length; i++) {
            buf.putDouble(values[i]);
            if (!buf.hasRemaining() || i == values.length - 1) {
                buf.flip();
                md.update(buf);
                buf.clear();
            }
        }
        return Sha256.hex(md);
    }
}
