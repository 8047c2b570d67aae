package org.arbg.model;

import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.adapters.ic.TokenKind;
import org.arbg.model.density.TokenBinning;

/** Tiny token lists, synthetic IC data and small models for fast tests. */
final class ToyModels {
    private ToyModels() {
    }

    /** Tokens cycling bond, angle, torsion, over atoms of an ALA residue. */
    static List<TokenInfo> tokens(int count) {
        String[] names = {"N", "CA", "C", "O", "CB", "H"};
        List<TokenInfo> out = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            TokenKind k = TokenKind.values()[j % 3];
            int atom = j / 3 + 3;
            double mean = k == TokenKind.BOND ? 0.14 : k == TokenKind.ANGLE ? 1.9 : 0.0;
            double std = k == TokenKind.BOND ? 0.005 : k == TokenKind.ANGLE ? 0.05 : 1.0;
            out.add(new TokenInfo(j, k, atom, 0, "ALA", names[atom % names.length], mean, std));
        }
        return out;
    }

    /**
     * Correlated synthetic frames: two torsion "basins" chosen per frame, with the bond and angle of each
     * atom shifted by the basin, so an autoregressive model can learn more than the marginals.
     */
    static double[] frames(List<TokenInfo> tokens, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int t = tokens.size();
        double[] ic = new double[n * t];
        for (int f = 0; f < n; f++) {
            int basin = r.nextInt(2);
            for (int j = 0; j < t; j++) {
                TokenInfo tok = tokens.get(j);
                double g = r.nextGaussian();
                double x = switch (tok.kind()) {
                    case BOND -> tok.mean() + tok.std() * (0.3 * g + (basin == 0 ? -1 : 1));
                    case ANGLE -> tok.mean() + tok.std() * (0.3 * g + (basin == 0 ? 1 : -1));
                    case TORSION -> (basin == 0 ? -1.2 : 1.0) + 0.2 * g;
                };
                ic[f * t + j] = x;
            }
        }
        return ic;
    }

    static ModelConfig tinyConfig(int bins) {
        return new ModelConfig(16, 2, 2, bins, 2.0, 7L);
    }

    /**
     * An untrained tiny model over {@code tokenCount} toy tokens, binned from 100 synthetic frames and sharpened
     * by 30 so that sampling and scoring see far-from-uniform distributions.
     */
    static ArModel sharpenedModel(int tokenCount, int bins) {
        List<TokenInfo> tokens = tokens(tokenCount);
        TokenBinning binning = TokenBinning.fromData(tokens, frames(tokens, 100, 3), 100, bins, 2.0);
        ArModel m = ArModel.create(tinyConfig(bins), binning, new ModelProvenance("", "", ""), 1);
        sharpen(m, 30f);
        return m;
    }

    /**
     * A tiny model over two tokens (a bond and a torsion-like coordinate on [0, 1)) with {@code bins} bins each,
     * sharpened by 40: small enough to evaluate its density on a grid of every pair of bins.
     */
    static ArModel twoTokenModel(int bins) {
        List<TokenInfo> tokens = List.of(tokens(3).get(0), tokens(3).get(2));
        List<TokenInfo> toks = List.of(tokens.get(0), new TokenInfo(1, tokens.get(1).kind(), tokens.get(1).atom(),
                0, "ALA", "C", 0.0, 1.0));
        TokenBinning binning = TokenBinning.fromData(toks, frames(toks, 50, 1), 50, bins, 2.0);
        ArModel model = ArModel.create(tinyConfig(bins), binning, new ModelProvenance("", "", ""), 1);
        sharpen(model, 40f);
        return model;
    }

    /** Scales the output head so an untrained model has far-from-uniform logits. */
    static void sharpen(ArModel model, float factor) {
        for (Pair<String, Parameter> p : model.network().getParameters()) {
            if (p.getKey().endsWith("head") || p.getKey().endsWith("embedding")) {
                p.getValue().getArray().muli(factor);
            }
        }
    }
}
