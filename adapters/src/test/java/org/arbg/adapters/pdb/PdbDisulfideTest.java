package org.arbg.adapters.pdb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.arbg.adapters.topology.Bond;
import org.junit.jupiter.api.Test;

/** OpenMM's disulfide rule: nearest earlier free SG within 0.3 nm, each sulfur bonded at most once. */
class PdbDisulfideTest {
    @Test
    void nearestEarlierFreeSulfurWithinCutoff() {
        // Sulfurs 0..3 on the x axis (nm): 0 and 1 are 0.204 apart; 2 is 0.25 from 1 but 1 is taken;
        // 3 is 0.21 from 2.
        double[] x = {0, 0, 0, 0.204, 0, 0, 0.454, 0, 0, 0.664, 0, 0};
        Set<Bond> bonds = new TreeSet<>();
        TemplateBonds.addDisulfides(List.of(0, 1, 2, 3), x, bonds);
        assertEquals(Set.of(new Bond(0, 1), new Bond(2, 3)), bonds);
    }

    @Test
    void nothingBeyondThreeAngstrom() {
        double[] x = {0, 0, 0, 0.301, 0, 0};
        Set<Bond> bonds = new TreeSet<>();
        TemplateBonds.addDisulfides(List.of(0, 1), x, bonds);
        assertEquals(Set.of(), bonds);
    }
}
