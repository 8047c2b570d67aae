package org.arbg.model;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.adapters.ic.TokenKind;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.density.TokenBinning;
import org.arbg.model.nn.ArTransformer;
import org.arbg.model.nn.Conditioning;
import org.arbg.model.sampling.AutoregressiveSampler;
import org.arbg.model.sampling.ConcurrentSampler;
import org.arbg.model.sampling.KvCacheDecoder;
import org.arbg.model.sampling.PrefixDecoder;
import org.arbg.model.sampling.Samples;
import org.arbg.model.sampling.Scorer;

/**
 * An autoregressive density over the internal coordinates of one molecule: the transformer, its bins and
 * conditioning. {@link #sample} and {@link #logProb} apply temperatures through the same rule
 * ({@link TemperatureMixture}), so log q reported at sampling time is the density that was sampled (the same
 * τ, or the same mixture of τ).
 *
 * <p>Owns native memory (parameters); close it. Not thread-safe, except for the sampler that
 * {@link #concurrentSampler} returns, which several threads may use at once.
 */
public final class ArModel implements AutoCloseable {
    /** Sequences decoded or scored together by default. */
    public static final int DEFAULT_BATCH = 256;

    private final ModelConfig config;
    private final TokenBinning binning;
    private final AtomRoles roles;
    private final ModelProvenance provenance;
    private final NDManager manager;
    private final ArTransformer network;
    private final Conditioning conditioning;
    private final int threads;

    private ArModel(ModelConfig config, TokenBinning binning, AtomRoles roles, ModelProvenance provenance,
                    int threads) {
        this.config = Objects.requireNonNull(config, "config");
        this.binning = Objects.requireNonNull(binning, "binning");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
        if (binning.bins() != config.bins()) {
            throw new IllegalArgumentException("binning has " + binning.bins() + " bins, config " + config.bins());
        }
        this.threads = threads;
        List<TokenInfo> tokens = binning.tokens();
        long[] kinds = new long[tokens.size()];
        long[] roleIds = new long[tokens.size()];
        for (int j = 0; j < tokens.size(); j++) {
            kinds[j] = tokens.get(j).kind().ordinal();
            roleIds[j] = roles.id(tokens.get(j));
        }
        this.conditioning = new Conditioning(kinds, roleIds);
        this.manager = TorchRuntime.newManager(threads);
        this.network = new ArTransformer(config.width(), config.layers(), config.heads(), config.bins(),
                TokenKind.values().length, roles.size(), config.seed());
        network.initialize(manager);
    }

    /**
     * A freshly initialised model (weights from {@code config.seed()}).
     *
     * @param binning the bins, built for the token list this model is for
     * @param threads libtorch intra-op threads
     */
    public static ArModel create(ModelConfig config, TokenBinning binning, ModelProvenance provenance, int threads) {
        return new ArModel(config, binning, AtomRoles.of(binning.tokens()), provenance, threads);
    }

    /**
     * A model with a given role vocabulary whose parameters the caller loads next ({@code ModelFiles}).
     */
    public static ArModel open(ModelConfig config, TokenBinning binning, AtomRoles roles, ModelProvenance provenance,
                             int threads) {
        return new ArModel(config, binning, roles, provenance, threads);
    }

    /**
     * A fresh model whose bins cover training data ({@link TokenBinning#fromData}, with the config's bins and
     * margin).
     *
     * @param ic flattened [n][tokens.size()] training internal coordinates, nm / rad
     */
    public static ArModel forData(ModelConfig config, List<TokenInfo> tokens, double[] ic, int n,
                                  ModelProvenance provenance, int threads) {
        return create(config, TokenBinning.fromData(tokens, ic, n, config.bins(), config.marginStd()), provenance,
                threads);
    }

    /**
     * Exact log q(ic) per frame by a full forward pass, at temperature τ.
     *
     * @param ic  flattened [n][T] internal coordinates in token order: nm / rad
     * @param tau temperature τ &gt; 0 (use the τ the samples were drawn at)
     * @return nats per frame, density over internal coordinates; −∞ where a value is outside the support
     */
    public double[] logProb(double[] ic, int n, double tau) {
        return logProb(ic, n, TemperatureMixture.single(tau));
    }

    /**
     * Exact log q(ic) per frame under a temperature or an equal-share mixture of temperatures.
     *
     * @return nats per frame, density over internal coordinates; −∞ where a value is outside the support
     */
    public double[] logProb(double[] ic, int n, TemperatureMixture temperatures) {
        return new Scorer(network, conditioning, binning, manager, DEFAULT_BATCH).logProb(ic, n, temperatures);
    }

    /** n samples at temperature τ with the KV cache, in batches of {@link #DEFAULT_BATCH}. */
    public Samples sample(int n, double tau, RandomGenerator rng) {
        return sample(n, TemperatureMixture.single(tau), rng, DEFAULT_BATCH, true);
    }

    /**
     * n samples at temperature τ.
     *
     * @param batch   sequences decoded together
     * @param kvCache true: KV-cache decoding; false: recompute the full prefix every step (tests, benchmarks)
     */
    public Samples sample(int n, double tau, RandomGenerator rng, int batch, boolean kvCache) {
        return sample(n, TemperatureMixture.single(tau), rng, batch, kvCache);
    }

    /**
     * n samples from a temperature or an equal-share mixture of temperatures (each sample from one
     * component, log q of the mixture).
     *
     * @param batch   sequences decoded together
     * @param kvCache true: KV-cache decoding; false: recompute the full prefix every step (tests, benchmarks)
     */
    public Samples sample(int n, TemperatureMixture temperatures, RandomGenerator rng, int batch, boolean kvCache) {
        AutoregressiveSampler sampler = new AutoregressiveSampler(manager, binning, batch);
        return sampler.sample(kvCache ? new KvCacheDecoder(network, conditioning)
                : new PrefixDecoder(network, conditioning), n, temperatures, rng);
    }

    /**
     * A KV-cache sampler at temperature τ that several threads may call at once, each decoding its own
     * batches ({@link ConcurrentSampler} says why that is safe). Create it on the thread that starts the
     * workers, and keep this model open while they run.
     */
    public ConcurrentSampler concurrentSampler(double tau) {
        return concurrentSampler(TemperatureMixture.single(tau));
    }

    /** As {@link #concurrentSampler(double)}, for a temperature or a mixture of temperatures. */
    public ConcurrentSampler concurrentSampler(TemperatureMixture temperatures) {
        return new ConcurrentSampler(network, conditioning, binning, manager, temperatures);
    }

    /** Architecture and discretisation. */
    public ModelConfig config() {
        return config;
    }

    /** The bins (and through them the token list). */
    public TokenBinning binning() {
        return binning;
    }

    /** The tokens this model is for, in order. */
    public List<TokenInfo> tokens() {
        return binning.tokens();
    }

    /** Atom-role vocabulary. */
    public AtomRoles roles() {
        return roles;
    }

    /** Where this model came from. */
    public ModelProvenance provenance() {
        return provenance;
    }

    /** The network (training and benchmarks). */
    public ArTransformer network() {
        return network;
    }

    /** Kind and role ids per position. */
    public Conditioning conditioning() {
        return conditioning;
    }

    /** The memory manager that owns the parameters; per-call work runs in its sub-managers. */
    public NDManager manager() {
        return manager;
    }

    /** libtorch intra-op threads this model was opened with. */
    public int threads() {
        return threads;
    }

    /** Number of scalar parameters. */
    public long parameterCount() {
        long c = 0;
        for (Pair<String, Parameter> p : network.getParameters()) {
            c += p.getValue().getArray().getShape().size();
        }
        return c;
    }

    @Override
    public void close() {
        manager.close();
    }
}
