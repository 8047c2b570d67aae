package org.arbg.workflows.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.arbg.energy.system.SystemDirectory;

/**
 * Finds the bundled default (model, reference, MD) for a prepared system. A bundle applies only to a system
 * identical to the one it was made for: the same serialized OpenMM System (force field, solvent model, cutoff)
 * and the same topology (atoms, order, bonds). A reference made with another force field or temperature would
 * make every metric meaningless, so nothing looser counts as a match.
 */
public final class BundledDefaults {
    private BundledDefaults() {
    }

    /** Every {@code bundle.json} one level below {@code root}, read; none when root does not exist. */
    public static List<Bundle> list(Path root) {
        List<Bundle> bundles = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return bundles;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.sorted().toList()) {
                if (Files.isRegularFile(dir.resolve(Bundle.FILE))) {
                    bundles.add(Bundle.read(dir));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundles;
    }

    /** The bundle under {@code root} made for exactly this prepared system, if any. */
    public static Optional<Bundle> forSystem(Path root, Path systemDir) throws IOException {
        for (Bundle b : list(root)) {
            if (sameFile(b.system().resolve(SystemDirectory.SYSTEM_XML), systemDir.resolve(SystemDirectory.SYSTEM_XML))
                    && sameFile(b.system().resolve(SystemDirectory.TOPOLOGY_JSON),
                            systemDir.resolve(SystemDirectory.TOPOLOGY_JSON))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        return Files.exists(a) && Files.exists(b) && Files.mismatch(a, b) == -1;
    }
}
