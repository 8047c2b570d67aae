package org.arbg.model.sampling;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.density.TokenBinning;
import org.arbg.model.nn.ArTransformer;
import org.arbg.model.nn.Conditioning;

/**
 * KV-cache sampling that several Java threads may call at once, each decoding its own batch (inter-batch
 * parallelism; each call still uses libtorch's intra-op thread count).
 *
 * <p>Why this is safe with DJL 0.35.1 / libtorch 2.7.1:
 * <ul>
 *   <li>Every array a call creates lives in that call's own sub-managers (batch, KV cache, step), which are
 *       used by the calling thread only. Lookups into parameter tables create their result directly in the
 *       caller's manager, so no temporary passes through the parameters' manager; the only operations on that
 *       shared manager are registering and removing each call's sub-manager, which DJL's
 *       {@code BaseNDManager} does in {@code synchronized} methods on concurrent maps.</li>
 *   <li>The parameters are only read: libtorch ops on a shared input tensor from several threads are safe,
 *       and no autograd graph is built because each call turns grad mode off ({@link NoGrad}) on its own
 *       thread (libtorch's grad mode is thread-local).</li>
 *   <li>DJL caches an array's shape, data type, device and gradient flag in plain fields on first use. The
 *       constructor fills those caches for every parameter on the creating thread, so worker threads that
 *       receive this object through an executor (which orders memory) only read them.</li>
 * </ul>
 * The model must stay open, and its parameters unchanged, while any call runs.
 */
public final class ConcurrentSampler {
    private final ArTransformer net;
    private final Conditioning cond;
    private final TokenBinning binning;
    private final NDManager parent;
    private final TemperatureMixture temperatures;

    /**
     * @param parent the model's manager: parent of each call's sub-managers
     * @param temperatures sampling temperature, or mixture of them; log q is the density sampled from
     */
    public ConcurrentSampler(ArTransformer net, Conditioning cond, TokenBinning binning, NDManager parent,
                             TemperatureMixture temperatures) {
        this.net = Objects.requireNonNull(net, "net");
        this.cond = Objects.requireNonNull(cond, "cond");
        this.binning = Objects.requireNonNull(binning, "binning");
        this.parent = Objects.requireNonNull(parent, "parent");
        this.temperatures = Objects.requireNonNull(temperatures, "temperatures");
        for (Pair<String, Parameter> p : net.getParameters()) {
            NDArray a = p.getValue().getArray();
            a.getShape();
            a.getDataType();
            a.getDevice();
            a.getSparseFormat();
            a.hasGradient();
        }
    }

    /**
     * One batch of {@code size} samples, decoded together with the KV cache on the calling thread.
     *
     * @param rng this batch's own random stream (not shared with another thread)
     */
    public Samples sample(int size, RandomGenerator rng) {
        return new AutoregressiveSampler(parent, binning, Math.max(1, size))
                .sample(new KvCacheDecoder(net, cond), size, temperatures, rng);
    }

    /** The temperature or mixture sampled from. */
    public TemperatureMixture temperatures() {
        return temperatures;
    }
}
