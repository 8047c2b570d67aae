package org.arbg.energy.system;

import java.util.Map;
import java.util.Set;

import org.arbg.adapters.topology.Atom;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Topology;

/**
 * Per-atom Generalized Born parameters for a prmtop, by OpenMM's rules (app/internal/amber_file_parser.py and
 * customgbforces.py): radii always from the prmtop's RADII; screening factors from its SCREEN for HCT/OBC1/OBC2,
 * but from element tables for GBn and GBn2 (sander and pmemd override LEaP's SCREEN for igb=7/8); GBn2's α, β, γ
 * from element tables with separate values for nucleic-acid residues.
 */
final class GbAtomParameters {
    // screening factors per element: {normal, GBn, GBn2, GBn2 nucleic}; other elements use DEFAULT_SCREEN
    private static final Map<Element, double[]> SCREEN = Map.of(
            Element.H, new double[] {0.85, 1.09085413633, 1.425952, 1.696538},
            Element.C, new double[] {0.72, 0.48435382330, 1.058554, 1.268902},
            Element.N, new double[] {0.79, 0.700147318409, 0.733599, 1.4259728},
            Element.O, new double[] {0.85, 1.06557401132, 1.061039, 0.1840098},
            Element.F, new double[] {0.88, 0.5, 0.5, 0.5},
            Element.P, new double[] {0.86, 0.5, 0.5, 1.5450597},
            Element.S, new double[] {0.96, 0.602256336067, -0.703469, 0.05});
    private static final double[] DEFAULT_SCREEN = {0.8, 0.5, 0.5, 0.5};

    // GBn2 {alpha, beta, gamma} per element, for proteins and for nucleic acids
    private static final Map<Element, double[]> GBN2_ABG = Map.of(
            Element.H, new double[] {0.788440, 0.798699, 0.437334},
            Element.C, new double[] {0.733756, 0.506378, 0.205844},
            Element.N, new double[] {0.503364, 0.316828, 0.192915},
            Element.O, new double[] {0.867814, 0.876635, 0.387882},
            Element.S, new double[] {0.867814, 0.876635, 0.387882});
    private static final Map<Element, double[]> GBN2_ABG_NUCLEIC = Map.of(
            Element.H, new double[] {0.537050, 0.362861, 0.116704},
            Element.C, new double[] {0.331670, 0.196842, 0.093422},
            Element.N, new double[] {0.686311, 0.463189, 0.138722},
            Element.O, new double[] {0.606344, 0.463006, 0.142262},
            Element.S, new double[] {0.606344, 0.463006, 0.142262},
            Element.P, new double[] {0.418365, 0.290054, 0.1064245});
    private static final double[] DEFAULT_ABG = {1.0, 0.8, 4.851};

    // residue names (with OpenMM's pdbNames.xml aliases) that GBn2 treats as nucleic acids
    private static final Set<String> NUCLEIC = Set.of("A", "ADE", "A3", "A5", "G", "GUA", "G3", "G5", "C", "CYT",
            "C3", "C5", "U", "URA", "U3", "U5", "DA", "DAD", "DA3", "DA5", "DG", "DGU", "DG3", "DG5", "DC", "DCY",
            "DC3", "DC5", "DT", "THY", "DT3", "DT5");

    private GbAtomParameters() {
    }

    /** Intrinsic radii in nm: the prmtop's RADII (Å) divided by 10. */
    static double[] radiiNm(double[] radiiAngstrom) {
        double[] r = new double[radiiAngstrom.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = radiiAngstrom[i] / 10;
        }
        return r;
    }

    /** Screening factors for a model: the prmtop's SCREEN for HCT/OBC, element tables for GBn/GBn2. */
    static double[] screen(ImplicitSolvent model, Topology topology, double[] prmtopScreen) {
        switch (model) {
            case HCT, OBC1, OBC2 -> {
                return prmtopScreen.clone();
            }
            case GBN, GBN2 -> {
                double[] s = new double[topology.numAtoms()];
                for (Atom a : topology.atoms()) {
                    double[] row = SCREEN.getOrDefault(a.element(), DEFAULT_SCREEN);
                    s[a.index()] = model == ImplicitSolvent.GBN ? row[1] : (nucleic(topology, a) ? row[3] : row[2]);
                }
                return s;
            }
            default -> throw new IllegalArgumentException("no GB parameters for " + model);
        }
    }

    /** GBn2's {alpha, beta, gamma} of an atom. */
    static double[] gbn2AlphaBetaGamma(Topology topology, Atom atom) {
        Map<Element, double[]> table = nucleic(topology, atom) ? GBN2_ABG_NUCLEIC : GBN2_ABG;
        return table.getOrDefault(atom.element(), DEFAULT_ABG).clone();
    }

    private static boolean nucleic(Topology topology, Atom atom) {
        return NUCLEIC.contains(topology.residue(atom.residueIndex()).name());
    }
}
