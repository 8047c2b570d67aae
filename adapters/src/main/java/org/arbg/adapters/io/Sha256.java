package org.arbg.adapters.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 digests as lower-case hex: the identities arbg records for files, data, models and settings. */
public final class Sha256 {
    private Sha256() {
    }

    /** A fresh SHA-256 digest (every Java platform has one). */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** Of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    /** Of the UTF-8 bytes of {@code text}. */
    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Of a finished digest. */
    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Of the concatenated bytes of {@code files}, in order, streamed. */
    public static String ofFiles(List<Path> files) throws IOException {
        MessageDigest md = newDigest();
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                for (int r; (r = in.read(buffer)) > 0; ) {
                    md.update(buffer, 0, r);
                }
            }
        }
        return hex(md);
    }

    /** Of one file's bytes. */
    public static String ofFile(Path file) throws IOException {
        return ofFiles(List.of(file));
    }
}
