package org.arbg.workflows.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.arbg.adapters.BadInputException;

/**
 * A bundled default for one prepared system: the system directory it belongs to, a trained model, a reference
 * ensemble and an MD trajectory for the equal-cost comparison, described by {@code bundle.json}:
 *
 * <pre>{"name": "...", "structure": "../structures/x.pdb", "system": "system", "model": "model",
 *  "reference": "reference.dcd", "md": "md/md.dcd", "md_frame_cost": 100}</pre>
 *
 * Paths are relative to the bundle's directory; {@code md_frame_cost} is the number of MD steps (energy
 * evaluations) between two saved MD frames.
 *
 * @param name        what it is, for logs
 * @param structure   the PDB file that {@code arbg prepare} (defaults) turns into {@code system}, if recorded
 * @param system      the system directory ({@code arbg prepare} output) the bundle was made for
 * @param model       model directory
 * @param reference   reference trajectory at the system's temperature
 * @param md          MD trajectory for the equal-cost comparison, if bundled
 * @param mdFrameCost energy evaluations per saved MD frame
 */
public record Bundle(String name, Optional<Path> structure, Path system, Path model, Path reference, Optional<Path> md, int mdFrameCost) {
    public static final String FILE = "bundle.json";

    /** Reads {@code dir/bundle.json}; every file it names must exist. */
    public static Bundle read(Path dir) {
        Path file = dir.resolve(FILE);
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file, "", "unreadable bundle description: " + e.getMessage(), e);
        }
        Path md = json.hasNonNull("md") ? existing(dir, file, json, "md") : null;
        int frameCost = json.path("md_frame_cost").asInt(1);
        if (frameCost < 1) {
            throw new BadInputException(file, "md_frame_cost", "must be a positive number of steps, got " + frameCost);
        }
        Path structure = json.hasNonNull("structure") ? existing(dir, file, json, "structure") : null;
        return new Bundle(json.path("name").asText(dir.getFileName().toString()), Optional.ofNullable(structure),
                existing(dir, file, json, "system"),
                existing(dir, file, json, "model"), existing(dir, file, json, "reference"), Optional.ofNullable(md),
                frameCost);
    }

    private static Path existing(Path dir, Path file, JsonNode json, String key) {
        if (!json.hasNonNull(key)) {
            throw new BadInputException(file, key, "missing");
        }
        Path p = dir.resolve(json.get(key).asText()).normalize();
        if (!Files.exists(p)) {
            throw new BadInputException(file, key, p + " does not exist");
        }
        return p;
    }
}
