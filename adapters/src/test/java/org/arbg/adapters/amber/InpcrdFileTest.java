package org.arbg.adapters.amber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InpcrdFileTest {
    private static final Path INPCRD = TestData.path("topologies/alanine-dipeptide-implicit.inpcrd");

    @Test
    void readsPositionsInNanometres() {
        InpcrdFile f = InpcrdFile.read(INPCRD);
        assertEquals(22, f.numAtoms());
        // first line of coordinates: 2.0000010 1.0000000 -0.0000013 (Å)
        assertEquals(0.20000010, f.positionsNm()[0], 1e-12);
        assertEquals(0.1, f.positionsNm()[1], 1e-12);
        assertEquals(0.2090000, f.positionsNm()[4], 1e-12);
        assertTrue(f.box().isEmpty());
        assertTrue(f.velocities().isEmpty());
    }

    @Test
    void atomCountMismatchNamesTheFile() {
        InpcrdFile f = InpcrdFile.read(INPCRD);
        BadInputException e = assertThrows(BadInputException.class, () -> f.requireNumAtoms(23, "x.prmtop"));
        assertTrue(e.getMessage().contains(INPCRD.toString()), e.getMessage());
    }

    @Test
    void truncatedFileIsRejected(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(INPCRD);
        Path bad = dir.resolve("short.inpcrd");
        Files.write(bad, lines.subList(0, lines.size() - 3));
        BadInputException e = assertThrows(BadInputException.class, () -> InpcrdFile.read(bad));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }

    @Test
    void readsABoxLine() {
        List<String> lines = List.of("title", "    2", "   1.0000000   2.0000000   3.0000000   4.0000000   5.0000000   6.0000000",
                "  60.0000000  61.0000000  62.0000000  90.0000000  90.0000000  90.0000000");
        InpcrdFile f = InpcrdFile.parse(lines, "mem");
        assertEquals(6.0, f.box().orElseThrow()[0], 1e-12);
        assertEquals(0.6, f.positionsNm()[5], 1e-12);
    }
}
