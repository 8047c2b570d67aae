package org.arbg.workflows;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates files under the project's test-data/ folder (surefire sets arbg.testData). */
public final class WorkflowTestData {
    private WorkflowTestData() {
    }

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
