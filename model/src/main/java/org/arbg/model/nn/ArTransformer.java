package org.arbg.model.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.SplittableRandom;
import org.arbg.model.TorchArrays;

/**
 * Decoder-only causal transformer over bin tokens. Network work only: no binning, no temperature.
 *
 * <p>Input at position t = embedding of the previous token's bin (a start token, id L, at t = 0) +
 * sinusoidal position + learned token-kind embedding + learned atom-role embedding. Then {@code layers}
 * pre-norm decoder layers (RMSNorm, causal MHA without bias, SwiGLU with hidden ≈ 8C/3), a final RMSNorm
 * and a linear head to L logits. All weights are initialised N(0, 0.02²) from a seeded Java RNG.
 */
public final class ArTransformer extends AbstractBlock {
    private static final double INIT_STD = 0.02;

    private final int width;
    private final int bins;
    private final Parameter binEmbedding;
    private final Parameter kindEmbedding;
    private final Parameter roleEmbedding;
    private final DecoderLayer[] layers;
    private final RmsNorm finalNorm;
    private final Parameter head;
    private final int heads;

    /**
     * @param width  model width C
     * @param depth  number of decoder layers
     * @param heads  attention heads (divides C)
     * @param bins   bins per token L (vocabulary L + 1 with the start token)
     * @param kinds  number of token kinds (3: bond, angle, torsion)
     * @param roles  size of the atom-role vocabulary
     * @param seed   seed of the initial weights
     */
    public ArTransformer(int width, int depth, int heads, int bins, int kinds, int roles, long seed) {
        if (width < 2 || width % 2 != 0 || depth < 1 || bins < 2 || kinds < 1 || roles < 1) {
            throw new IllegalArgumentException("bad sizes: width " + width + " (even), layers " + depth + ", bins "
                    + bins + ", kinds " + kinds + ", roles " + roles);
        }
        this.width = width;
        this.bins = bins;
        this.heads = heads;
        Initializer init = new SeededNormal(new SplittableRandom(seed), INIT_STD);
        binEmbedding = addParameter(Params.weight("bin_embedding", init, bins + 1L, width));
        kindEmbedding = addParameter(Params.weight("kind_embedding", init, kinds, width));
        roleEmbedding = addParameter(Params.weight("role_embedding", init, roles, width));
        head = addParameter(Params.weight("head", init, width, bins));
        int hidden = hiddenWidth(width);
        layers = new DecoderLayer[depth];
        for (int l = 0; l < depth; l++) {
            layers[l] = addChildBlock("layer" + l, new DecoderLayer(width, heads, hidden, init));
        }
        finalNorm = addChildBlock("final_norm", new RmsNorm(width));
    }

    /** SwiGLU hidden width: 8C/3 rounded up to a multiple of 8. */
    public static int hiddenWidth(int width) {
        return (8 * width / 3 + 7) / 8 * 8;
    }

    /** Creates all parameters in {@code manager} (float32). */
    public void initialize(NDManager manager) {
        initialize(manager, DataType.FLOAT32, new Shape(1, 1), new Shape(1), new Shape(1));
    }

    /** Bins per token L; the start token's id is L. */
    public int bins() {
        return bins;
    }

    /**
     * Teacher-forced logits for whole sequences.
     *
     * @param prevBins [B, T] int64: start token L at t = 0, then the bins of tokens 0..T−2
     * @param kindIds  [T] int64 token-kind ids
     * @param roleIds  [T] int64 atom-role ids
     * @return [B, T, L] logits for the bin of token t, in prevBins' manager
     */
    public NDArray logits(NDArray prevBins, NDArray kindIds, NDArray roleIds) {
        NDManager m = prevBins.getManager();
        int t = Math.toIntExact(prevBins.getShape().get(1));
        NDArray x = Params.rows(binEmbedding.getArray(), prevBins).add(conditioning(kindIds, roleIds, 0, t));
        NDArray mask = causalMask(m, t);
        for (DecoderLayer layer : layers) {
            x = layer.apply(x, mask);
        }
        return finalNorm.apply(x).matMul(head.getArray());
    }

    /**
     * A cache for decoding {@code batch} sequences with {@link #step}. It also holds the input conditioning
     * of every position (computed once here, not per step).
     *
     * @param kindIds [T] int64 token-kind ids; T is the longest sequence the cache holds
     * @param roleIds [T] int64 atom-role ids
     */
    public KvCache newCache(NDManager manager, int batch, NDArray kindIds, NDArray roleIds) {
        CausalSelfAttention a = layers[0].attention();
        int maxLen = Math.toIntExact(kindIds.getShape().get(0));
        KvCache cache = new KvCache(manager, layers.length, batch, a.heads(), a.headDim(), maxLen);
        cache.setConditioning(conditioning(kindIds, roleIds, 0, maxLen), a.scale(manager));
        return cache;
    }

    /**
     * One decoding step with the KV cache: logits of token t given tokens 0..t−1 (held in the cache).
     *
     * @param prevBin [B] int64: bin of token t−1, or the start token L at t = 0; its manager receives
     *                every per-step array
     * @return [B, L] logits
     */
    public NDArray step(NDArray prevBin, int t, KvCache cache) {
        if (t >= cache.maxLength()) {
            throw new IllegalArgumentException("position " + t + " beyond the cache length " + cache.maxLength());
        }
        NDArray x = Params.rows(binEmbedding.getArray(), prevBin.expandDims(1)).add(cache.conditioning(t, prevBin.getManager()));
        for (int l = 0; l < layers.length; l++) {
            x = layers[l].step(x, cache, l, t);
        }
        return finalNorm.apply(x).matMul(head.getArray()).squeeze(1);
    }

    /** [len, C]: positions start..start+len−1 plus kind and role embeddings (owned by kindIds' manager). */
    private NDArray conditioning(NDArray kindIds, NDArray roleIds, int start, int len) {
        NDManager m = kindIds.getManager();
        NDArray pos = TorchArrays.of(m, Sinusoid.table(start, len, width), new Shape(len, width));
        return pos.add(Params.rows(kindEmbedding.getArray(), kindIds))
                .add(Params.rows(roleEmbedding.getArray(), roleIds));
    }

    private static NDArray causalMask(NDManager m, int t) {
        float[] v = new float[t * t];
        for (int i = 0; i < t; i++) {
            for (int j = i + 1; j < t; j++) {
                v[i * t + j] = Float.NEGATIVE_INFINITY;
            }
        }
        return TorchArrays.of(m, v, new Shape(t, t));
    }

    /** Children get their shapes at construction, so they initialise independently of input shapes. */
    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        for (ai.djl.nn.Block child : getChildren().values()) {
            child.initialize(manager, dataType, inputShapes);
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> p) {
        return new NDList(logits(inputs.get(0), inputs.get(1), inputs.get(2)));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), inputShapes[0].get(1), bins)};
    }

    /** Number of attention heads. */
    public int heads() {
        return heads;
    }
}
