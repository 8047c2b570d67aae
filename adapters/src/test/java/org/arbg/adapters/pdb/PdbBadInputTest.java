package org.arbg.adapters.pdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.TestData;
import org.arbg.adapters.topology.Topology;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Variants of aldp-modern-names.pdb (line 1 CRYST1, lines 2-23 the 22 atoms, line 24 END), damaged on purpose. */
class PdbBadInputTest {
    private static List<String> lines;
    private final PdbTopologyReader reader = new PdbTopologyReader();
    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws IOException {
        lines = Files.readAllLines(TestData.path("structures/aldp-modern-names.pdb"));
    }

    /** Writes the file with line {@code lineNumber} (1-based) replaced by {@code edit} of it. */
    private Path variant(int lineNumber, UnaryOperator<String> edit) throws IOException {
        List<String> copy = new ArrayList<>(lines);
        copy.set(lineNumber - 1, edit.apply(copy.get(lineNumber - 1)));
        Path p = dir.resolve("variant.pdb");
        Files.write(p, copy);
        return p;
    }

    private BadInputException rejects(Path p) {
        return assertThrows(BadInputException.class, () -> reader.read(p, PdbReadOptions.defaults()));
    }

    private static String columns(String line, int from, int to, String text) {
        return line.substring(0, from - 1) + text + line.substring(to);
    }

    @Test
    void fileCutInsideACoordinateNamesTheLine() throws IOException {
        List<String> cut = new ArrayList<>(lines.subList(0, 11));
        cut.add(lines.get(11).substring(0, 40));
        Path p = dir.resolve("cut.pdb");
        Files.write(p, cut);
        BadInputException e = rejects(p);
        assertEquals(p.toString(), e.source());
        assertEquals("line 12", e.place());
        assertTrue(e.problem().contains("truncated"), e.getMessage());
    }

    @Test
    void garbledCoordinateNamesLineAndColumns() throws IOException {
        BadInputException e = rejects(variant(5, l -> columns(l, 39, 46, "  2x.9o5")));
        assertEquals("line 5", e.place());
        assertTrue(e.problem().contains("y coordinate '2x.9o5' (columns 39-46)"), e.getMessage());
    }

    @Test
    void garbledResidueNumberIsRejected() throws IOException {
        BadInputException e = rejects(variant(9, l -> columns(l, 23, 26, "  ?2")));
        assertEquals("line 9", e.place());
    }

    @Test
    void nanCoordinateIsRejectedWithItsLine() throws IOException {
        BadInputException e = rejects(variant(7, l -> columns(l, 47, 54, "     NaN")));
        assertEquals("line 7", e.place());
        assertTrue(e.problem().contains("NaN"), e.getMessage());
    }

    @Test
    void unknownElementSymbolIsRejected() throws IOException {
        BadInputException e = rejects(variant(3, l -> columns(String.format("%-80s", l), 77, 78, "Xx")));
        assertEquals("line 3", e.place());
        assertTrue(e.problem().contains("element 'Xx'"), e.getMessage());
    }

    @Test
    void elementThatCannotBeInferredFromTheNameIsRejected() throws IOException {
        // An unknown residue with an atom "X1" and a blank element column.
        BadInputException e = rejects(variant(23, l -> columns(columns(l, 13, 16, " X1 "), 18, 20, "LIG")));
        assertEquals("line 23", e.place());
    }

    @Test
    void atomNotInTheTemplateIsRejectedWithResidue() throws IOException {
        BadInputException e = rejects(variant(12, l -> columns(l, 13, 16, " HZ9")));
        assertEquals("line 12, residue ALA 2 chain X", e.place());
        assertTrue(e.problem().contains("HZ9 is not in the ALA template"), e.getMessage());
    }

    @Test
    void duplicateAtomIsRejected() throws IOException {
        BadInputException e = rejects(variant(15, l -> columns(l, 13, 16, " HB2")));
        assertEquals("line 15", e.place());
        assertTrue(e.problem().contains("appears twice (also at line 14)"), e.getMessage());
    }

    @Test
    void fileWithoutAtomsIsRejected() throws IOException {
        Path p = dir.resolve("empty.pdb");
        Files.write(p, List.of("REMARK nothing here", "END"));
        assertTrue(rejects(p).problem().startsWith("no ATOM or HETATM records"));
    }

    @Test
    void missingFileIsBadInput() {
        rejects(dir.resolve("absent.pdb"));
    }

    @Test
    void unknownResidueWithCoordinatesIsBondedByDistanceWithAWarning() throws IOException {
        List<String> copy = new ArrayList<>(lines);
        for (int i = 17; i <= 22; i++) { // NME 3 becomes "NMX", a residue without template
            copy.set(i, columns(copy.get(i), 18, 20, "NMX"));
        }
        Path p = dir.resolve("nmx.pdb");
        Files.write(p, copy);
        PdbReadResult r = reader.readWithReport(p, PdbReadOptions.defaults());
        Topology top = r.structure().topology();
        Topology reference = reader.read(TestData.path("structures/aldp-modern-names.pdb"),
                PdbReadOptions.defaults()).topology();
        // The same 21 bonds, the peptide bond to the unknown residue included.
        assertEquals(reference.bonds(), top.bonds());
        assertEquals(BondSource.DISTANCE, r.bonding().get(2).source());
        assertEquals(List.of("no residue template for NMX 3 chain X: bonded by interatomic distance;"
                + " check these bonds (arbg inspect)"), r.warnings());
    }

    @Test
    void unknownResidueWithoutUsableCoordinatesIsRejected() throws IOException {
        List<String> copy = new ArrayList<>(lines);
        for (int i = 17; i <= 22; i++) { // placeholder coordinates: all atoms of NMX 3 at one point
            copy.set(i, columns(columns(copy.get(i), 18, 20, "NMX"), 31, 54, "   0.000   0.000   0.000"));
        }
        Path p = dir.resolve("nmx0.pdb");
        Files.write(p, copy);
        BadInputException e = rejects(p);
        assertEquals("residue NMX 3 chain X", e.place());
        assertTrue(e.problem().contains("N, H, CH3, HH31, HH32, HH33"), e.getMessage());
    }

    @Test
    void alternateLocationsKeepTheFirst() throws IOException {
        List<String> copy = new ArrayList<>(lines);
        String cb = copy.get(11);
        copy.set(11, columns(cb, 17, 17, "A"));
        copy.add(12, columns(columns(cb, 17, 17, "B"), 31, 38, "   9.999"));
        Path p = dir.resolve("altloc.pdb");
        Files.write(p, copy);
        var s = reader.read(p, PdbReadOptions.defaults());
        assertEquals(22, s.topology().numAtoms());
        assertEquals(21, s.topology().bonds().size());
        assertEquals(0.3470, s.positionsNm()[3 * 10], 1e-12);
    }
}
