package org.arbg.adapters.pdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.arbg.adapters.TestData;
import org.arbg.adapters.topology.Atom;
import org.arbg.adapters.topology.Bond;
import org.arbg.adapters.topology.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Atoms (names after standardisation, elements, residues) and bonds equal OpenMM's own, made by its PDBFile. */
class PdbBondsVsOpenMmTest {
    private final PdbTopologyReader reader = new PdbTopologyReader();

    @ParameterizedTest
    @ValueSource(strings = {"aldp-modern-names", "aldp-old-names", "ala-ala-ala-charmm-names", "lsde-tetrapeptide"})
    void atomsAndBondsEqualOpenMm(String name) throws IOException {
        OpenMmReference ref = OpenMmReference.load(name);
        PdbReadResult result = reader.readWithReport(TestData.path("structures/" + name + ".pdb"),
                PdbReadOptions.defaults());
        Topology top = result.structure().topology();
        assertEquals(ref.atomLines(), atomLines(top));
        assertEquals(ref.bonds(), new TreeSet<>(top.bonds()));
        assertTrue(result.warnings().isEmpty(), () -> "unexpected warnings " + result.warnings());
        assertTrue(result.inFileOrder());
    }

    @Test
    void oldAndModernAlanineDipeptideNamesGiveTheSameTopology() {
        Topology modern = reader.read(TestData.path("structures/aldp-modern-names.pdb"), PdbReadOptions.defaults())
                .topology();
        Topology old = reader.read(TestData.path("structures/aldp-old-names.pdb"), PdbReadOptions.defaults())
                .topology();
        assertEquals(21, old.bonds().size());
        assertEquals(modern.bonds(), old.bonds());
        assertEquals(atomLines(modern), atomLines(old));
    }

    private static List<String> atomLines(Topology top) {
        List<String> lines = new ArrayList<>();
        for (Atom a : top.atoms()) {
            var r = top.residue(a.residueIndex());
            lines.add(String.join(" ", Integer.toString(a.index()), a.name(), a.element().symbol(), r.name(),
                    Integer.toString(r.number())));
        }
        return lines;
    }
}
