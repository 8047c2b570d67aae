package org.arbg.adapters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The arbg version and the commit it was built from, recorded in every artefact's provenance. */
public final class ArbgVersion {
    private static final Properties BUILD = load();

    private ArbgVersion() {
    }

    public static String get() {
        return BUILD.getProperty("version");
    }

    /**
     * The git commit the jar was built from, with {@code -dirty} when the checkout had uncommitted changes;
     * {@code unknown} for a build outside a git checkout.
     */
    public static String commit() {
        String id = BUILD.getProperty("commit", "");
        if (id.isBlank() || id.startsWith("${")) {
            return "unknown";
        }
        return "true".equals(BUILD.getProperty("dirty")) ? id + "-dirty" : id;
    }

    private static Properties load() {
        try (InputStream in = ArbgVersion.class.getResourceAsStream("arbg-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("arbg-version.properties is missing from the adapters jar");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
