package org.arbg.workflows.generator;

import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.ic.CoordinateSpec;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.adapters.ic.TokenKind;
import org.arbg.adapters.ic.ZMatrix;
import org.arbg.adapters.topology.Topology;

/**
 * The coordinate spec of a model, normalised from training frames already in internal coordinates. Same rule
 * as {@link CoordinateSpec#fromFrames} (population mean and std of each bond and angle, floored at
 * {@link CoordinateSpec#MIN_BOND_STD_NM} / {@link CoordinateSpec#MIN_ANGLE_STD_RAD}; torsions mean 0, std 1),
 * but without keeping the Cartesian frames in memory.
 */
public final class SpecFromData {
    private SpecFromData() {
    }

    /**
     * @param ic flattened [n][numTokens] internal coordinates (nm, rad), n &ge; 1
     */
    public static CoordinateSpec normalised(Topology topology, ZMatrix zMatrix, double[] ic, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one frame to normalise");
        }
        List<TokenInfo> base = CoordinateSpec.unnormalised(topology, zMatrix).tokens();
        int t = base.size();
        List<TokenInfo> tokens = new ArrayList<>(t);
        for (int j = 0; j < t; j++) {
            TokenInfo b = base.get(j);
            if (b.periodic()) {
                tokens.add(b);
                continue;
            }
            double s = 0;
            for (int f = 0; f < n; f++) {
                s += ic[f * t + j];
            }
            double mean = s / n;
            double ss = 0;
            for (int f = 0; f < n; f++) {
                double d = ic[f * t + j] - mean;
                ss += d * d;
            }
            double floor = b.kind() == TokenKind.BOND ? CoordinateSpec.MIN_BOND_STD_NM
                    : CoordinateSpec.MIN_ANGLE_STD_RAD;
            tokens.add(new TokenInfo(j, b.kind(), b.atom(), b.residueIndex(), b.residueName(), b.atomName(), mean,
                    Math.max(Math.sqrt(ss / n), floor)));
        }
        return new CoordinateSpec(zMatrix, tokens);
    }
}
