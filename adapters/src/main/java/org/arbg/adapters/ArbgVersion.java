package org.arbg.adapters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The arbg version, recorded in every artefact's provenance and printed by {@code arbg version}. */
public final class ArbgVersion {
    private static final String VERSION = load();

    private ArbgVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ArbgVersion.class.getResourceAsStream("arbg-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("arbg-version.properties is missing from the adapters jar");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
