package org.arbg.adapters.pdb;

import java.util.ArrayList;
import java.util.List;
import javax.vecmath.Point3d;
import org.arbg.adapters.topology.Bond;
import org.arbg.adapters.topology.Element;
import org.openscience.cdk.config.Elements;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.rebond.RebondTool;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.silent.SilentChemObjectBuilder;

/**
 * Bonds for a residue without a template, from distances: atoms i and j are bonded when
 * {@code 0.04 nm < d(i, j) < r_i + r_j + 0.04 nm}, with CDK's covalent radii (CDK {@link RebondTool}).
 */
final class DistanceBonds {
    /** Tolerance added to the sum of covalent radii, in Å (CDK works in Å). */
    private static final double TOLERANCE_A = 0.4;
    /** Closer than this (Å) two atoms are taken as overlapping, not bonded. */
    private static final double MIN_DISTANCE_A = 0.4;
    /** Largest covalent radius among the elements arbg knows (I, 1.33 Å), for RebondTool's search grid. */
    private static final double MAX_RADIUS_A = 1.4;

    private DistanceBonds() {
    }

    /**
     * @param atoms       topology indices of the residue's atoms
     * @param elements    their elements, same order
     * @param positionsNm all positions of the structure in nm
     * @return the bonds found, in topology indices
     */
    static List<Bond> bond(int[] atoms, Element[] elements, double[] positionsNm) {
        IAtomContainer mol = SilentChemObjectBuilder.getInstance().newAtomContainer();
        for (int k = 0; k < atoms.length; k++) {
            int a = atoms[k];
            IAtom atom = mol.newAtom(elements[k].atomicNumber());
            atom.setCovalentRadius(Elements.ofNumber(elements[k].atomicNumber()).covalentRadius());
            atom.setPoint3d(new Point3d(positionsNm[3 * a] * 10, positionsNm[3 * a + 1] * 10,
                    positionsNm[3 * a + 2] * 10));
        }
        try {
            new RebondTool(MAX_RADIUS_A, MIN_DISTANCE_A, TOLERANCE_A).rebond(mol);
        } catch (CDKException e) {
            throw new IllegalStateException("CDK rebonding failed", e);
        }
        List<Bond> bonds = new ArrayList<>();
        for (IBond b : mol.bonds()) {
            bonds.add(new Bond(atoms[mol.indexOf(b.getBegin())], atoms[mol.indexOf(b.getEnd())]));
        }
        return bonds;
    }
}
