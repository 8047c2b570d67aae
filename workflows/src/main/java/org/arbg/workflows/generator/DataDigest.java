package org.arbg.workflows.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over the bytes of the input files, in order: identifies the training data of a model. */
public final class DataDigest {
    private DataDigest() {
    }

    /** Lower-case hex SHA-256 of the concatenated bytes of {@code files}. */
    public static String sha256(List<Path> files) throws IOException {
        MessageDigest md = newDigest();
        byte[] buffer = new byte[1 << 16];
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                for (int r; (r = in.read(buffer)) > 0; ) {
                    md.update(buffer, 0, r);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Lower-case hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
