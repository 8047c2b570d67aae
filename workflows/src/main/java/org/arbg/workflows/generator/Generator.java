package org.arbg.workflows.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.Progress;
import org.arbg.adapters.ic.CoordinateSpec;
import org.arbg.adapters.ic.CoordinateSpecJson;
import org.arbg.adapters.ic.InternalCoordinateTransform;
import org.arbg.adapters.ic.InternalFrames;
import org.arbg.adapters.ic.ZMatrix;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.topology.Topology;
import org.arbg.model.ArModel;
import org.arbg.model.density.TemperatureMixture;
import org.arbg.model.io.ModelFiles;

/**
 * A trained model opened for one molecule: the model, its coordinate spec and the Z-matrix transform. The
 * scoring API: log q over Cartesian space modulo rigid motion of any frames (MD frames, proposals), with
 * frames outside the model's support scored −∞ and counted, never an error.
 *
 * <p>Owns the model's native memory: close it. Not thread-safe (the model is not).
 */
public final class Generator implements AutoCloseable {
    /** The coordinate spec file of a model directory. */
    public static final String COORDINATE_SPEC = "coordinate-spec.json";
    /** Frames converted and scored together when reading a trajectory. */
    static final int SCORE_CHUNK = 1024;

    private final Path dir;
    private final ArModel model;
    private final CoordinateSpec spec;
    private final InternalCoordinateTransform transform;

    private Generator(Path dir, ArModel model, CoordinateSpec spec) {
        this.dir = dir;
        this.model = model;
        this.spec = spec;
        this.transform = new InternalCoordinateTransform(spec.zMatrix());
    }

    /**
     * Opens the model in {@code modelDir} for the molecule {@code topology}.
     *
     * @param threads libtorch intra-op threads
     * @throws BadInputException when the directory is not a model, is corrupt, or was trained for another
     *                           molecule or Z-matrix (the message names the first differing token)
     */
    public static Generator open(Path modelDir, Topology topology, int threads) throws IOException {
        Objects.requireNonNull(topology, "topology");
        ModelFiles.readConfig(modelDir);  // the clearest message for a missing or foreign directory
        CoordinateSpec modelSpec = readSpec(modelDir);
        CoordinateSpec here = CoordinateSpec.unnormalised(topology, ZMatrix.fromTopology(topology));
        // "here" is the system, "there" the model in the message
        here.requireCompatible(modelSpec, modelDir.resolve(COORDINATE_SPEC).toString());
        ArModel model = ModelFiles.load(modelDir, modelSpec.tokens(), threads);
        String trained = model.provenance().specDigest();
        if (!trained.isEmpty() && !trained.equals(modelSpec.zMatrixDigest())) {
            model.close();
            throw new BadInputException(modelDir.resolve(COORDINATE_SPEC), "", "Z-matrix digest "
                    + modelSpec.zMatrixDigest() + " differs from the one the model was trained with (" + trained
                    + "): the spec file was replaced");
        }
        return new Generator(modelDir, model, modelSpec);
    }

    /** Reads a model directory's coordinate spec. */
    public static CoordinateSpec readSpec(Path modelDir) throws IOException {
        Path file = modelDir.resolve(COORDINATE_SPEC);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "missing; this model directory was not made by 'arbg train'");
        }
        return CoordinateSpecJson.read(file);
    }

    /**
     * log q of Cartesian frames.
     *
     * @param xyzNm n frames × atoms × 3 positions in nm, topology order (any position and orientation)
     * @param tau   temperature the density is tempered to, or mixture of them (what the proposals were drawn
     *              from; {@code TemperatureMixture.single(1)} for the model itself)
     * @throws BadInputException for NaN positions or coincident bonded atoms (not for frames outside the
     *                           support: those score −∞)
     */
    public FrameScores score(double[] xyzNm, int n, TemperatureMixture tau) {
        InternalFrames ic = transform.toInternal(xyzNm, n);
        return scoreInternal(ic.values(), ic.logDetInternalToCartesian(), n, tau);
    }

    /**
     * log q of frames already in internal coordinates.
     *
     * @param ic   flattened [n][numTokens] internal coordinates (nm, rad)
     * @param logJ their log|det ∂x/∂ic|
     */
    public FrameScores scoreInternal(double[] ic, double[] logJ, int n, TemperatureMixture tau) {
        return FrameScores.of(model.logProb(ic, n, tau), logJ);
    }

    /**
     * Scores every frame of a trajectory file, in chunks (memory constant in the file length apart from the
     * results).
     *
     * @throws BadInputException on a wrong atom count or a corrupt file
     */
    public FrameScores scoreTrajectory(Path file, TemperatureMixture tau, Progress progress) throws IOException {
        int atoms = transform.numAtoms();
        double[] chunk = new double[SCORE_CHUNK * 3 * atoms];
        double[] frame = new double[3 * atoms];
        List<FrameScores> parts = new ArrayList<>();
        int total = 0;
        try (TrajectoryReader reader = Trajectories.openReader(file, atoms)) {
            while (true) {
                int n = 0;
                while (n < SCORE_CHUNK && reader.readFrame(frame)) {
                    System.arraycopy(frame, 0, chunk, n * 3 * atoms, 3 * atoms);
                    n++;
                }
                if (n == 0) {
                    break;
                }
                FrameScores s;
                try {
                    s = score(Arrays.copyOf(chunk, n * 3 * atoms), n, tau);
                } catch (BadInputException e) {
                    throw new BadInputException(file, "frames " + total + " to " + (total + n - 1), e.getMessage(), e);
                }
                parts.add(s);
                total += n;
                progress.update(total, -1, "");
            }
        }
        double[] logQIc = new double[total];
        double[] logJ = new double[total];
        int at = 0;
        for (FrameScores s : parts) {
            System.arraycopy(s.logQIc(), 0, logQIc, at, s.numFrames());
            System.arraycopy(s.logJ(), 0, logJ, at, s.numFrames());
            at += s.numFrames();
        }
        return FrameScores.of(logQIc, logJ);
    }

    /** The model directory. */
    public Path directory() {
        return dir;
    }

    /** The model. */
    public ArModel model() {
        return model;
    }

    /** The coordinate spec the model was trained with. */
    public CoordinateSpec spec() {
        return spec;
    }

    /** Cartesian ↔ internal for this molecule. */
    public InternalCoordinateTransform transform() {
        return transform;
    }

    @Override
    public void close() {
        model.close();
    }
}
