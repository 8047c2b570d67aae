package org.arbg.workflows.reweight;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Several output files that appear in an output directory together or not at all: they are written into a
 * hidden staging folder inside it and renamed into place by {@link #commit()}; closing without a commit
 * deletes the staging folder (and the output directory, if this run created it and it is empty). A failed
 * run therefore leaves no partial outputs, and a killed one only a clearly named {@code .arbg-staging-*}.
 */
public final class OutputStaging implements AutoCloseable {
    private final Path outDir;
    private final Path staging;
    private final boolean createdOutDir;
    private boolean committed;

    private OutputStaging(Path outDir, Path staging, boolean createdOutDir) {
        this.outDir = outDir;
        this.staging = staging;
        this.createdOutDir = createdOutDir;
    }

    /** Creates {@code outDir} if needed and a staging folder inside it. */
    public static OutputStaging open(Path outDir) throws IOException {
        boolean created = !Files.exists(outDir);
        Files.createDirectories(outDir);
        return new OutputStaging(outDir, Files.createTempDirectory(outDir, ".arbg-staging-"), created);
    }

    /** The staging folder itself, for a run that stages whole folders. */
    public Path directory() {
        return staging;
    }

    /** Where to write the output named {@code name} until the commit. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /**
     * Moves every staged file into the output directory (replacing files of the same name), the files named
     * in {@code moveLast} after all others and in that order (e.g. a page after the images it shows).
     */
    public void commit(String... moveLast) throws IOException {
        List<Path> staged = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            files.forEach(staged::add);
        }
        List<String> last = List.of(moveLast);
        staged.sort(Comparator.comparingInt((Path p) -> last.indexOf(p.getFileName().toString()))
                .thenComparing(Path::getFileName));
        for (Path p : staged) {
            Path target = outDir.resolve(p.getFileName());
            try {
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.delete(staging);
        committed = true;
    }

    /** Without a commit: deletes everything staged (folders too), and the output directory if this run made it. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        try (Stream<Path> tree = Files.walk(staging)) {
            for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
            if (createdOutDir) {
                try (DirectoryStream<Path> rest = Files.newDirectoryStream(outDir)) {
                    if (!rest.iterator().hasNext()) {
                        Files.delete(outDir);
                    }
                }
            }
        } catch (IOException ignored) {
            // best effort on a failure path; the staging folder is clearly named
        }
    }
}
