package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.model.io.ModelFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesTest {
    private static final int T = 6;
    @TempDir
    Path tmp;
    private final List<TokenInfo> tokens = ToyModels.tokens(T);
    private final double[] data = ToyModels.frames(tokens, 30, 4);
    private Path dir;
    private double[] expected;

    @BeforeEach
    void saveOne() throws IOException {
        dir = tmp.resolve("model");
        try (ArModel m = ArModel.forData(ToyModels.tinyConfig(16), tokens, data, 30,
                new ModelProvenance("spec-1", "data-1", "0.1.0"), 1)) {
            ToyModels.sharpen(m, 10f);
            expected = m.logProb(data, 30, 1.0);
            ModelFiles.save(dir, m);
        }
    }

    @Test
    void roundTripGivesTheSameDensity() {
        try (ArModel m = ModelFiles.load(dir, tokens, 1)) {
            assertArrayEquals(expected, m.logProb(data, 30, 1.0), 1e-9);
            assertEquals("spec-1", m.provenance().specDigest());
            assertEquals(tokens, m.tokens());
            assertEquals(ToyModels.tinyConfig(16), m.config());
        }
    }

    @Test
    void differentTokenListNamesTheFirstDifferingToken() {
        List<TokenInfo> other = new ArrayList<>(tokens);
        TokenInfo t4 = tokens.get(4);
        other.set(4, new TokenInfo(4, t4.kind(), t4.atom(), t4.residueIndex(), "GLY", t4.atomName(), t4.mean(),
                t4.std()));
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFiles.load(dir, other, 1));
        assertEquals("token 4", e.place());
        assertTrue(e.getMessage().contains("GLY"), e.getMessage());
        BadInputException shorter = assertThrows(BadInputException.class,
                () -> ModelFiles.load(dir, tokens.subList(0, 5), 1));
        assertTrue(shorter.getMessage().contains("6 tokens but the input has 5"), shorter.getMessage());
    }

    @Test
    void corruptParametersAreRefusedNamingTheFile() throws IOException {
        Path p = dir.resolve(ModelFiles.PARAMETERS);
        byte[] bytes = Files.readAllBytes(p);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(p, bytes);
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFiles.load(dir, tokens, 1));
        assertEquals(p.toString(), e.source());
        assertTrue(e.problem().contains("corrupt"), e.problem());
    }

    @Test
    void missingDirectoryOrFilesAreBadInput() throws IOException {
        Path missing = tmp.resolve("nope");
        BadInputException e = assertThrows(BadInputException.class, () -> ModelFiles.load(missing, 1));
        assertEquals(missing.toString(), e.source());
        Files.delete(dir.resolve(ModelFiles.PARAMETERS));
        BadInputException p = assertThrows(BadInputException.class, () -> ModelFiles.load(dir, 1));
        assertTrue(p.source().endsWith(ModelFiles.PARAMETERS), p.getMessage());
        Files.writeString(dir.resolve(ModelFiles.CONFIG), "{\"format\": 1, \"model\": {");
        BadInputException c = assertThrows(BadInputException.class, () -> ModelFiles.load(dir, 1));
        assertTrue(c.source().endsWith(ModelFiles.CONFIG), c.getMessage());
    }
}
