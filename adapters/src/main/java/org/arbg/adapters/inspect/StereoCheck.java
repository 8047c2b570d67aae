package org.arbg.adapters.inspect;

import java.util.List;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;

/**
 * Tells whether a conformation keeps the configuration of every tetrahedral stereocentre of a structure. MD
 * never inverts a stereocentre, but a generator that places atoms from internal coordinates can (an L-amino
 * acid drawn as D), and the force field cannot tell the two apart reliably (its energy is mirror-symmetric), so
 * such conformations are not in the ensemble a user asks for. The stereocentres are found once, with CDK, in the
 * reference structure; each conformation then costs one signed volume per centre.
 */
public final class StereoCheck {
    private final int numAtoms;
    private final List<ChiralCentre> centres;
    private final int[][] neighbours;

    private StereoCheck(Structure reference, List<ChiralCentre> centres) {
        Topology top = reference.topology();
        this.numAtoms = top.numAtoms();
        this.centres = centres;
        this.neighbours = centres.stream().mapToInt(ChiralCentre::atomIndex).mapToObj(top::neighbors)
                .toArray(int[][]::new);
    }

    /** The stereocentres of {@code reference}, in the configurations its positions give them. */
    public static StereoCheck of(Structure reference) {
        return new StereoCheck(reference, List.copyOf(ChiralCentres.of(reference)));
    }

    /** The stereocentres checked, in ascending atom order. */
    public List<ChiralCentre> centres() {
        return centres;
    }

    /**
     * The first stereocentre whose configuration differs from the reference's, or −1 when all agree.
     *
     * @param xyzNm x, y, z per atom (nm), in the reference topology's order
     * @return an index into {@link #centres()}, or −1
     */
    public int firstInverted(double[] xyzNm) {
        if (xyzNm.length != 3 * numAtoms) {
            throw new IllegalArgumentException(xyzNm.length / 3 + " atoms in a conformation of a structure with "
                    + numAtoms);
        }
        for (int k = 0; k < centres.size(); k++) {
            ChiralCentre c = centres.get(k);
            if (ChiralCentres.handedness(neighbours[k], c.atomIndex(), xyzNm) != c.handedness()) {
                return k;
            }
        }
        return -1;
    }
}
