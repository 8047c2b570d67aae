package org.arbg.adapters.build;

import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Topology;

/**
 * Ideal bond lengths (nm) and bond angles (radians) from elements and hybridisation alone, the starting
 * geometry of {@link PeptideBuilder}; an energy minimisation makes it physical. Hybridisation from the
 * bond graph: a carbon with three neighbours is sp2, so is a nitrogen with three neighbours bonded to an
 * sp2 carbon (amide, guanidinium); everything else is sp3.
 */
public final class IdealGeometry {
    /** Tetrahedral angle acos(−1/3), radians. */
    public static final double TETRAHEDRAL = Math.acos(-1.0 / 3.0);
    /** Trigonal angle, radians. */
    public static final double TRIGONAL = 2 * Math.PI / 3;

    private final Topology top;
    private final boolean[] sp2;

    public IdealGeometry(Topology top) {
        this.top = top;
        int n = top.numAtoms();
        sp2 = new boolean[n];
        for (int i = 0; i < n; i++) {
            sp2[i] = top.atom(i).element() == Element.C && top.degree(i) == 3;
        }
        for (int i = 0; i < n; i++) {
            if (top.atom(i).element() == Element.N && top.degree(i) == 3) {
                for (int j : top.neighbors(i)) {
                    sp2[i] |= sp2[j] && top.atom(j).element() == Element.C;
                }
            }
        }
    }

    /** Whether the atom is trigonal planar (sp2). */
    public boolean isSp2(int atom) {
        return sp2[atom];
    }

    /** The angle at {@code centre} between two of its neighbours: 120° at sp2 centres, else 109.47°. */
    public double angle(int centre) {
        return sp2[centre] ? TRIGONAL : TETRAHEDRAL;
    }

    /**
     * Ideal length of the bond i–j in nm, by element pair; C–N and C–O also by whether the carbon is sp2
     * (amide C–N 0.1335 vs amine 0.1471; carbonyl C=O 0.1229 vs hydroxyl C–O 0.1410).
     */
    public double bondLength(int i, int j) {
        Element a = top.atom(i).element();
        Element b = top.atom(j).element();
        if (a.atomicNumber() > b.atomicNumber()) {
            return bondLength(j, i);
        }
        return switch (a.symbol() + b.symbol()) {
            case "HC" -> 0.1090;
            case "HN" -> 0.1010;
            case "HO" -> 0.0960;
            case "HS" -> 0.1336;
            case "CC" -> sp2[i] && sp2[j] ? 0.1400 : sp2[i] || sp2[j] ? 0.1522 : 0.1526;
            case "CN" -> sp2[i] ? 0.1335 : 0.1471;
            case "CO" -> isCarbonyl(i, j) ? 0.1229 : 0.1410;
            case "CS" -> 0.1810;
            case "SS" -> 0.2038;
            case "NO" -> 0.1400;
            default -> 0.1500;
        };
    }

    /** A terminal O on an sp2 carbon: a carbonyl or carboxylate oxygen. */
    private boolean isCarbonyl(int c, int o) {
        return sp2[c] && top.atom(o).element() == Element.O && top.degree(o) == 1;
    }
}
