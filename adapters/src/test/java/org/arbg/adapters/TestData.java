package org.arbg.adapters;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the project's test-data/ folder (third-party inputs, see test-data/SOURCES.md). */
public final class TestData {
    private TestData() {
    }

    /** The path of a file under test-data/, e.g. {@code path("trajectories/frame0.dcd")}; fails if missing. */
    public static Path path(String relative) {
        String root = System.getProperty("arbg.testData");
        if (root == null) {
            throw new IllegalStateException("system property arbg.testData is not set (surefire sets it)");
        }
        Path p = Path.of(root).resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("missing test data file " + p);
        }
        return p;
    }
}
