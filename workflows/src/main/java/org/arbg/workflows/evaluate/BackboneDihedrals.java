package org.arbg.workflows.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Topology;

/**
 * The backbone φ (C(i−1)–N–CA–C) and ψ (N–CA–C–N(i+1)) of every residue with N, CA and C whose chain
 * neighbours supply C(i−1) and N(i+1); ACE and NME caps count as neighbours, so alanine dipeptide has one
 * φ and one ψ. Angles are in radians, in [−π, π), ordered φ₁, ψ₁, φ₂, ψ₂, … by residue.
 */
public final class BackboneDihedrals {
    private final List<Torsion> torsions;
    private final int numAtoms;

    /**
     * One backbone torsion.
     *
     * @param label  "phi ALA 2" or "psi ALA 2"
     * @param isPhi  true for φ, false for ψ
     * @param atoms  the four atom indices
     */
    public record Torsion(String label, boolean isPhi, int[] atoms) {
    }

    private BackboneDihedrals(List<Torsion> torsions, int numAtoms) {
        this.torsions = List.copyOf(torsions);
        this.numAtoms = numAtoms;
    }

    /** Finds the φ/ψ torsions of a topology (none for a molecule without a peptide backbone). */
    public static BackboneDihedrals of(Topology topology) {
        List<Torsion> found = new ArrayList<>();
        List<Residue> residues = topology.residues();
        boolean useBonds = !topology.bonds().isEmpty();
        for (int r = 1; r + 1 < residues.size(); r++) {
            Residue prev = residues.get(r - 1);
            Residue res = residues.get(r);
            Residue next = residues.get(r + 1);
            if (prev.chainIndex() != res.chainIndex() || next.chainIndex() != res.chainIndex()) {
                continue;
            }
            int n = atom(topology, res, "N");
            int ca = atom(topology, res, "CA");
            int c = atom(topology, res, "C");
            int cPrev = atom(topology, prev, "C");
            int nNext = atom(topology, next, "N");
            if (n < 0 || ca < 0 || c < 0 || cPrev < 0 || nNext < 0) {
                continue;
            }
            // a chain break (missing peptide bond) has no φ/ψ; without bonds trust the residue order
            if (useBonds && !(topology.bonded(cPrev, n) && topology.bonded(c, nNext))) {
                continue;
            }
            found.add(new Torsion("phi " + res.label(), true, new int[] {cPrev, n, ca, c}));
            found.add(new Torsion("psi " + res.label(), false, new int[] {n, ca, c, nNext}));
        }
        return new BackboneDihedrals(found, topology.numAtoms());
    }

    private static int atom(Topology topology, Residue residue, String name) {
        for (int i = residue.firstAtom(); i < residue.endAtom(); i++) {
            if (topology.atom(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The torsions in output order (φ, ψ per residue). */
    public List<Torsion> torsions() {
        return torsions;
    }

    /** Number of angles per frame (2 × residues with φ/ψ). */
    public int count() {
        return torsions.size();
    }

    /** Number of residues with a φ/ψ pair. */
    public int residues() {
        return torsions.size() / 2;
    }

    /** The labels, in output order. */
    public List<String> labels() {
        return torsions.stream().map(Torsion::label).toList();
    }

    /**
     * Writes this frame's angles (radians, [−π, π)) to {@code out[offset ..offset + count())}.
     *
     * @param xyz one frame, 3 × atoms coordinates (any length unit)
     */
    public void compute(double[] xyz, double[] out, int offset) {
        if (xyz.length < 3 * numAtoms) {
            throw new IllegalArgumentException("a frame of " + xyz.length / 3 + " atoms for a topology of " + numAtoms);
        }
        for (int k = 0; k < torsions.size(); k++) {
            int[] a = torsions.get(k).atoms();
            out[offset + k] = Dihedral.angle(xyz, a[0], a[1], a[2], a[3]);
        }
    }

    /** This frame's angles as a new array. */
    public double[] compute(double[] xyz) {
        double[] out = new double[count()];
        compute(xyz, out, 0);
        return out;
    }
}
