package org.arbg.adapters.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.arbg.adapters.TestData;
import org.arbg.adapters.pdb.PdbReadOptions;
import org.arbg.adapters.pdb.PdbTopologyReader;
import org.arbg.adapters.topology.Structure;
import org.junit.jupiter.api.Test;

/** Named Pdb* so the targeted PDB test run includes it. */
class PdbStereoCheckTest {
    private static Structure read(String name) {
        return new PdbTopologyReader().read(TestData.path("structures/" + name + ".pdb"), PdbReadOptions.defaults());
    }

    private static int atom(Structure s, int residueIndex, String name) {
        for (int i = 0; i < s.topology().numAtoms(); i++) {
            if (s.topology().atom(i).name().equals(name)
                    && s.topology().atom(i).residueIndex() == residueIndex) {
                return i;
            }
        }
        throw new AssertionError("no atom " + name + " in residue " + residueIndex);
    }

    /** Swaps two atoms' positions: at a stereocentre, swapping two substituents inverts it. */
    private static double[] swapped(double[] xyz, int a, int b) {
        double[] out = xyz.clone();
        for (int d = 0; d < 3; d++) {
            out[3 * a + d] = xyz[3 * b + d];
            out[3 * b + d] = xyz[3 * a + d];
        }
        return out;
    }

    @Test
    void theStructureItselfAndARigidMotionOfItKeepEveryCentre() {
        Structure s = read("lsde-tetrapeptide");
        StereoCheck check = StereoCheck.of(s);
        assertEquals(4, check.centres().size());
        assertEquals(-1, check.firstInverted(s.positionsNm()));

        double[] moved = s.positionsNm().clone();
        for (int i = 0; i < moved.length; i += 3) {  // a rotation by 90 degrees about z, then a shift
            double x = moved[i];
            moved[i] = -moved[i + 1] + 1.5;
            moved[i + 1] = x - 0.7;
        }
        assertEquals(-1, check.firstInverted(moved));
    }

    @Test
    void swappingHaAndCbOfOneResidueInvertsThatCentreAndNoOther() {
        Structure s = read("lsde-tetrapeptide");
        StereoCheck check = StereoCheck.of(s);
        for (int k = 0; k < check.centres().size(); k++) {
            int ca = check.centres().get(k).atomIndex();
            int residue = s.topology().atom(ca).residueIndex();
            double[] inverted = swapped(s.positionsNm(), atom(s, residue, "HA"), atom(s, residue, "CB"));
            assertEquals(k, check.firstInverted(inverted), "centre " + check.centres().get(k).description());
        }
    }

    @Test
    void theMirrorImageOfAlanineDipeptideIsInverted() {
        Structure s = read("aldp-modern-names");
        StereoCheck check = StereoCheck.of(s);
        double[] mirrored = s.positionsNm().clone();
        for (int i = 0; i < mirrored.length; i += 3) {
            mirrored[i] = -mirrored[i];
        }
        assertEquals(0, check.firstInverted(mirrored));
        assertThrows(IllegalArgumentException.class, () -> check.firstInverted(new double[9]));
    }
}
