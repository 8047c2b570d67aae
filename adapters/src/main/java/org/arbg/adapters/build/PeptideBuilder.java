package org.arbg.adapters.build;

import java.util.Arrays;
import java.util.List;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.ic.InternalCoordinateTransform;
import org.arbg.adapters.ic.ZMatrix;
import org.arbg.adapters.ic.ZMatrixRow;
import org.arbg.adapters.templates.ResidueTemplates;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;

/**
 * Builds a linear peptide in an extended conformation from a sequence ({@code "ACE ALA*3 NME"},
 * {@code "ALA*6"}; see {@link PeptideSequence}): the topology from OpenMM's residue templates
 * ({@link PeptideTopology}), then ideal internal coordinates for arbg's own Z-matrix
 * ({@link ZMatrix#fromTopology}) turned into Cartesian positions by {@link InternalCoordinateTransform}.
 *
 * <p>Geometry: bond lengths from {@link IdealGeometry} (nm, by element pair), 109.47° at sp3 and 120° at sp2
 * centres, backbone φ = −150°, ψ = 150°, ω = 180° by default, side chains staggered and anti, L amino acids
 * (CA, and CB of THR and ILE, as in natural proteins). Not minimised: run an energy minimisation before MD.
 * Residues with rings (PRO, PHE, TYR, TRP, HIS) are rejected: a Z-matrix does not close rings exactly.
 */
public final class PeptideBuilder {
    public static final double DEFAULT_PHI_DEG = -150;
    public static final double DEFAULT_PSI_DEG = 150;
    /** Closest allowed approach of two atoms that are not bonded, nm. */
    public static final double MIN_NONBONDED_NM = 0.1;

    private PeptideBuilder() {
    }

    /** An extended peptide from a sequence string, with the bundled templates and default φ/ψ. */
    public static Structure build(String sequence) {
        return build(PeptideSequence.parse(sequence), ResidueTemplates.standard(), DEFAULT_PHI_DEG, DEFAULT_PSI_DEG);
    }

    /**
     * @param residues template names in N→C order
     * @param phiDeg   backbone φ of every residue, degrees
     * @param psiDeg   backbone ψ of every residue, degrees
     * @throws BadInputException for unknown residues or residues with rings
     */
    public static Structure build(List<String> residues, ResidueTemplates templates, double phiDeg, double psiDeg) {
        Topology top = PeptideTopology.build(residues, templates);
        if (top.bonds().size() != top.numAtoms() - 1) {
            throw new BadInputException("sequence", String.join(" ", residues),
                    "has a ring (PRO, PHE, TYR, TRP, HIS); the peptide builder handles acyclic residues only");
        }
        ZMatrix z = ZMatrix.fromTopology(top);
        IdealGeometry geo = new IdealGeometry(top);
        int[] hand = new int[top.numAtoms()];
        Arrays.fill(hand, 1);
        List<int[]> centres = ChiralSpecs.of(top);
        double[] x = place(top, z, geo, hand, phiDeg, psiDeg);
        boolean flipped = false;
        for (int[] c : centres) {
            if (ChiralSpecs.sign(c, x) < 0) {
                hand[c[0]] = -hand[c[0]];
                flipped = true;
            }
        }
        if (flipped) {
            x = place(top, z, geo, hand, phiDeg, psiDeg);
        }
        for (int[] c : centres) {
            if (ChiralSpecs.sign(c, x) < 0) {
                throw new IllegalStateException("could not build the L configuration at " + top.describeAtom(c[0]));
            }
        }
        double closest = minNonbondedDistanceNm(top, x);
        if (!(closest > MIN_NONBONDED_NM)) {
            throw new IllegalStateException("built peptide has atoms " + closest + " nm apart");
        }
        return new Structure(top, x);
    }

    /** Internal coordinates of every row, then Cartesian positions (nm). */
    private static double[] place(Topology top, ZMatrix z, IdealGeometry geo, int[] hand, double phiDeg, double psiDeg) {
        TorsionAssigner torsions = new TorsionAssigner(top, geo, hand,
                Math.toRadians(phiDeg), Math.toRadians(psiDeg));
        double[] ic = new double[z.numTokens()];
        for (int k = 1; k < z.numAtoms(); k++) {
            ZMatrixRow r = z.row(k);
            int o = ZMatrix.firstToken(k);
            ic[o] = geo.bondLength(r.atom(), r.bond());
            if (k >= 2) {
                ic[o + 1] = geo.angle(r.bond());
            }
            if (k >= 3) {
                ic[o + 2] = torsions.torsion(r.atom(), r.bond(), r.angle(), r.torsion());
            }
        }
        return new InternalCoordinateTransform(z).toCartesian(ic, 1).positionsNm();
    }

    /** Smallest distance in nm between two atoms that are not bonded to each other. */
    public static double minNonbondedDistanceNm(Topology top, double[] xyzNm) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < top.numAtoms(); i++) {
            for (int j = i + 1; j < top.numAtoms(); j++) {
                if (!top.bonded(i, j)) {
                    double dx = xyzNm[3 * i] - xyzNm[3 * j];
                    double dy = xyzNm[3 * i + 1] - xyzNm[3 * j + 1];
                    double dz = xyzNm[3 * i + 2] - xyzNm[3 * j + 2];
                    best = Math.min(best, Math.sqrt(dx * dx + dy * dy + dz * dz));
                }
            }
        }
        return best;
    }
}
