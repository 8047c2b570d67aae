package org.arbg.adapters.inspect;

import java.util.ArrayList;
import java.util.List;
import javax.vecmath.Point3d;
import org.arbg.adapters.topology.Bond;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.openscience.cdk.geometry.cip.CIPTool;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.interfaces.IStereoElement;
import org.openscience.cdk.interfaces.ITetrahedralChirality;
import org.openscience.cdk.silent.SilentChemObjectBuilder;
import org.openscience.cdk.stereo.StereoElementFactory;

/**
 * Finds the tetrahedral stereocentres of a structure with CDK: stereocentres from the bond graph (all hydrogens
 * explicit, every bond single, since PDB templates carry no bond orders), their configuration from the 3D
 * positions, and R/S from CDK's CIPTool. Each centre also gets a coordinate handedness sign (see
 * {@link ChiralCentre#handedness()}).
 */
public final class ChiralCentres {
    private ChiralCentres() {
    }

    /** The stereocentres in ascending atom order. Positions are read in nm; CDK receives Å. */
    public static List<ChiralCentre> of(Structure structure) {
        Topology top = structure.topology();
        double[] x = structure.positionsNm();
        IAtomContainer mol = SilentChemObjectBuilder.getInstance().newAtomContainer();
        for (int i = 0; i < top.numAtoms(); i++) {
            IAtom a = mol.newAtom(top.atom(i).element().atomicNumber());
            a.setImplicitHydrogenCount(0);
            a.setPoint3d(new Point3d(10 * x[3 * i], 10 * x[3 * i + 1], 10 * x[3 * i + 2]));
        }
        for (Bond b : top.bonds()) {
            mol.newBond(mol.getAtom(b.atom1()), mol.getAtom(b.atom2()), IBond.Order.SINGLE);
        }
        List<ChiralCentre> centres = new ArrayList<>();
        for (IStereoElement<?, ?> se : StereoElementFactory.using3DCoordinates(mol).createAll()) {
            if (se instanceof ITetrahedralChirality tc) {
                int centre = mol.indexOf(tc.getChiralAtom());
                String label = switch (CIPTool.getCIPChirality(mol, tc)) {
                    case R -> "R";
                    case S -> "S";
                    default -> "?";
                };
                centres.add(new ChiralCentre(centre, label, handedness(top.neighbors(centre), centre, x),
                        top.describeAtom(centre)));
            }
        }
        centres.sort((p, q) -> Integer.compare(p.atomIndex(), q.atomIndex()));
        return centres;
    }

    /** Sign of (a-c)·((b-c)×(d-c)) for the three lowest-indexed neighbours (sorted ascending by Topology). */
    static int handedness(int[] neighbours, int c, double[] x) {
        double[] u = diff(x, neighbours[0], c);
        double[] v = diff(x, neighbours[1], c);
        double[] w = diff(x, neighbours[2], c);
        double volume = u[0] * (v[1] * w[2] - v[2] * w[1]) - u[1] * (v[0] * w[2] - v[2] * w[0])
                + u[2] * (v[0] * w[1] - v[1] * w[0]);
        return volume >= 0 ? 1 : -1;
    }

    private static double[] diff(double[] x, int a, int c) {
        return new double[] {x[3 * a] - x[3 * c], x[3 * a + 1] - x[3 * c + 1], x[3 * a + 2] - x[3 * c + 2]};
    }
}
