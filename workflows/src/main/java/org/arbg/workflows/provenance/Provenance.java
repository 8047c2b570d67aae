package org.arbg.workflows.provenance;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.arbg.adapters.ArbgVersion;
import org.arbg.adapters.io.Sha256;
import org.arbg.energy.openmm.OpenMMLibrary;

/**
 * Where an artefact came from, so it can be reproduced and compared: arbg version and commit, the versions of
 * Java, OpenMM and libtorch, OS and architecture, the seed, the time, and the SHA-256 of every input (a
 * directory hashes its files in name order). Written beside the artefact as JSON and shown in the report.
 *
 * @param fields  the provenance as ordered name → value pairs (versions, machine, seed, time)
 * @param inputs  input name → path and SHA-256
 */
public record Provenance(Map<String, String> fields, Map<String, Input> inputs) {

    /** One input file or directory. */
    public record Input(Path path, String sha256) {
    }

    /** Collects the provenance of a run with {@code seed} over the named inputs (missing ones are skipped). */
    public static Provenance collect(long seed, Map<String, Path> namedInputs) throws IOException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("arbg_version", ArbgVersion.get());
        f.put("arbg_commit", ArbgVersion.commit());
        f.put("java_version", System.getProperty("java.version"));
        f.put("openmm_version", OpenMMLibrary.load().openmmVersion());
        Properties torch = djlVersions();
        f.put("libtorch_version", torch.getProperty("pytorch_version", "unknown"));
        f.put("djl_version", torch.getProperty("djl_version", "unknown"));
        f.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        f.put("arch", System.getProperty("os.arch"));
        f.put("seed", Long.toString(seed));
        f.put("created_utc", Instant.now().toString());
        Map<String, Input> in = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : namedInputs.entrySet()) {
            if (e.getValue() != null && Files.exists(e.getValue())) {
                in.put(e.getKey(), new Input(e.getValue(), sha256(e.getValue())));
            }
        }
        return new Provenance(f, in);
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        fields.forEach(o::put);
        ObjectNode in = o.putObject("inputs");
        inputs.forEach((name, i) -> in.putObject(name).put("path", i.path().toString()).put("sha256", i.sha256()));
        return o;
    }

    /**
     * SHA-256 of a file; of a directory, the SHA-256 of its manifest ("name sha256" per regular file, in name
     * order), so a model or system directory has one digest.
     */
    static String sha256(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return Sha256.ofFile(path);
        }
        StringBuilder manifest = new StringBuilder();
        try (Stream<Path> s = Files.list(path)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                manifest.append(f.getFileName()).append(' ').append(Sha256.ofFile(f)).append('\n');
            }
        }
        return Sha256.hex(manifest.toString());
    }

    /** DJL's own record of its and libtorch's versions, read without loading libtorch. */
    private static Properties djlVersions() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getClassLoader().getResourceAsStream("pytorch-engine.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
