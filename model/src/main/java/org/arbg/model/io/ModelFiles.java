package org.arbg.model.io;

import ai.djl.MalformedModelException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.model.ArModel;
import org.arbg.model.AtomRoles;
import org.arbg.model.ModelProvenance;
import org.arbg.model.density.TokenBinning;

/**
 * A model directory: {@code config.json} (sizes, bins, ranges, tokens, role vocabulary, digests, arbg
 * version), {@code parameters.djl} (DJL's parameter encoding) and, when trained, {@code training-log.csv}
 * and the checkpoint files of {@code TrainingCheckpoint}. Files are replaced atomically.
 */
public final class ModelFiles {
    /** Format version of config.json. */
    public static final int FORMAT = 1;
    /** Model configuration file name. */
    public static final String CONFIG = "config.json";
    /** Parameter file name. */
    public static final String PARAMETERS = "parameters.djl";
    /** Training log file name (CSV). */
    public static final String TRAINING_LOG = "training-log.csv";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelFiles() {
    }

    /** Writes parameters, then the config that records their checksum. Creates {@code dir} if needed. */
    public static void save(Path dir, ArModel model) throws IOException {
        Files.createDirectories(dir);
        Path params = dir.resolve(PARAMETERS);
        AtomicFiles.write(params, out -> model.network().saveParameters(new DataOutputStream(out)));
        TokenBinning b = model.binning();
        List<TokenEntry> tokens = new ArrayList<>();
        double[] lo = new double[b.numTokens()];
        double[] hi = new double[b.numTokens()];
        for (int j = 0; j < b.numTokens(); j++) {
            tokens.add(TokenEntry.of(b.tokens().get(j)));
            lo[j] = b.lower(j);
            hi[j] = b.upper(j);
        }
        ModelProvenance p = model.provenance();
        ModelFileConfig cfg = new ModelFileConfig(FORMAT, p.arbgVersion(), p.specDigest(), p.dataDigest(),
                model.config(), tokens, lo, hi, model.roles().names(), AtomicFiles.sha256(params));
        AtomicFiles.write(dir.resolve(CONFIG), out -> JSON.writeValue(out, cfg));
    }

    /** Reads {@code config.json}. */
    public static ModelFileConfig readConfig(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "", "model directory does not exist (train a model first, or check the"
                    + " path)");
        }
        Path file = dir.resolve(CONFIG);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "missing; this is not a model directory");
        }
        ModelFileConfig cfg;
        try {
            cfg = JSON.readValue(file.toFile(), ModelFileConfig.class);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file, "", "unreadable model config: " + e.getMessage(), e);
        }
        if (cfg.format() != FORMAT || cfg.model() == null || cfg.tokens() == null || cfg.lower() == null
                || cfg.upper() == null || cfg.roles() == null) {
            throw new BadInputException(file, "", "incomplete model config or unknown format " + cfg.format()
                    + " (expected " + FORMAT + ")");
        }
        return cfg;
    }

    /** Loads a model without checking which tokens it is for. */
    public static ArModel load(Path dir, int threads) {
        return load(dir, null, threads);
    }

    /**
     * Loads a model and checks that it was trained for {@code expected} tokens.
     *
     * @param expected the caller's token list, or null to skip the check
     * @param threads  libtorch intra-op threads
     * @throws BadInputException naming the file (missing, corrupt) or the first token that differs
     */
    public static ArModel load(Path dir, List<TokenInfo> expected, int threads) {
        ModelFileConfig cfg = readConfig(dir);
        Path cfgFile = dir.resolve(CONFIG);
        List<TokenInfo> tokens = new ArrayList<>();
        TokenBinning binning;
        try {
            for (TokenEntry e : cfg.tokens()) {
                tokens.add(e.toInfo());
            }
            binning = TokenBinning.of(tokens, cfg.lower(), cfg.upper(), cfg.model().bins());
        } catch (RuntimeException e) {
            throw new BadInputException(cfgFile, "", "inconsistent model config: " + e.getMessage(), e);
        }
        if (expected != null) {
            checkTokens(cfgFile, tokens, expected);
        }
        Path params = dir.resolve(PARAMETERS);
        if (!Files.isRegularFile(params)) {
            throw new BadInputException(params, "", "missing parameter file");
        }
        try {
            String sha = AtomicFiles.sha256(params);
            if (!sha.equals(cfg.parametersSha256())) {
                throw new BadInputException(params, "", "corrupt parameter file: its SHA-256 does not match the one in "
                        + CONFIG);
            }
        } catch (IOException e) {
            throw new BadInputException(params, "", "cannot read: " + e.getMessage(), e);
        }
        ArModel model = ArModel.open(cfg.model(), binning, AtomRoles.fromNames(cfg.roles()),
                new ModelProvenance(cfg.specDigest(), cfg.dataDigest(), cfg.arbgVersion()), threads);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(params))) {
            model.network().loadParameters(model.manager(), new DataInputStream(in));
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new BadInputException(params, "", "corrupt or incompatible parameter file: " + e, e);
        }
        return model;
    }

    /** Fails on the first token that differs in kind, atom, residue or names. */
    static void checkTokens(Path source, List<TokenInfo> stored, List<TokenInfo> expected) {
        int n = Math.min(stored.size(), expected.size());
        for (int j = 0; j < n; j++) {
            TokenInfo s = stored.get(j);
            TokenInfo e = expected.get(j);
            if (s.kind() != e.kind() || s.atom() != e.atom() || s.residueIndex() != e.residueIndex()
                    || !s.residueName().equals(e.residueName()) || !s.atomName().equals(e.atomName())) {
                throw new BadInputException(source, "token " + j, "model was trained for "
                        + TokenBinning.describe(s) + " but the input has " + TokenBinning.describe(e)
                        + "; use the coordinate spec the model was trained with, or retrain");
            }
        }
        if (stored.size() != expected.size()) {
            throw new BadInputException(source, "token " + n, "model was trained for " + stored.size()
                    + " tokens but the input has " + expected.size() + "; use the matching coordinate spec, or retrain");
        }
    }
}
