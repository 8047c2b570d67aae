package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Topology;

/**
 * Per-atom GB parameters of customgbforces.py's GBSAOBC1Force/GBSAOBC2Force {@code getStandardParameters}:
 * mbondi2 intrinsic radii in nm (hydrogen depends on its bonded partner) and the element's OBC screening
 * factor; {@link CustomObcParticle} derives or = radius − 0.009 nm and sr = screen · or from them.
 */
final class ObcRadii {
    private ObcRadii() {
    }

    static List<CustomObcParticle> particles(Topology top, List<NonbondedParticle> nonbonded) {
        List<CustomObcParticle> out = new ArrayList<>(top.numAtoms());
        for (int i = 0; i < top.numAtoms(); i++) {
            out.add(new CustomObcParticle(nonbonded.get(i).charge(), mbondi2RadiusAngstrom(top, i) / 10,
                    screen(top.atom(i).element())));
        }
        return out;
    }

    /** mbondi2 radius in Å. */
    static double mbondi2RadiusAngstrom(Topology top, int atom) {
        return switch (top.atom(atom).element()) {
            // OpenMM looks at the hydrogen's first bonded atom
            case H -> top.degree(atom) > 0 && top.atom(firstBonded(top, atom)).element() == Element.N ? 1.3 : 1.2;
            case C -> 1.7;
            case N -> 1.55;
            case O, F -> 1.5;
            case P -> 1.85;
            case S -> 1.8;
            case CL -> 1.7;
            default -> 1.5;
        };
    }

    /** OBC screening factor of an element ("normal" column of customgbforces.py). */
    static double screen(Element e) {
        return switch (e) {
            case H, O -> 0.85;
            case C -> 0.72;
            case N -> 0.79;
            case F -> 0.88;
            case P -> 0.86;
            case S -> 0.96;
            default -> 0.8;
        };
    }

    private static int firstBonded(Topology top, int atom) {
        return top.neighbors(atom)[0];
    }
}
