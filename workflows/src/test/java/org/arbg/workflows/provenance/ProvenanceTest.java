package org.arbg.workflows.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {
    @TempDir
    Path tmp;

    @Test
    void recordsVersionsSeedAndTheDigestOfEveryInput() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.pdb"), "ATOM      1  N   ALA A   1\n");
        Path dir = Files.createDirectories(tmp.resolve("model"));
        Files.writeString(dir.resolve("config.json"), "{}");
        Files.writeString(dir.resolve("parameters.djl"), "weights");
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("pdb", file);
        inputs.put("model", dir);
        inputs.put("absent", tmp.resolve("nothing-here"));
        Provenance p = Provenance.collect(42, inputs);

        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))),
                p.inputs().get("pdb").sha256());
        assertFalse(p.inputs().containsKey("absent"), "a missing input is left out, not hashed");
        assertEquals("42", p.fields().get("seed"));
        assertEquals("7.7", p.fields().get("openmm_version"));
        assertEquals("2.7.1", p.fields().get("libtorch_version"));
        assertTrue(p.fields().get("arbg_commit").matches("[0-9a-f]{40}(-dirty)?|unknown"),
                p.fields().get("arbg_commit"));
        ObjectNode json = p.toJson();
        assertEquals(p.inputs().get("model").sha256(), json.get("inputs").get("model").get("sha256").asText());

        String before = Provenance.sha256(dir);
        Files.writeString(dir.resolve("parameters.djl"), "other weights");
        assertNotEquals(before, Provenance.sha256(dir), "a changed file changes the directory's digest");
    }
}
