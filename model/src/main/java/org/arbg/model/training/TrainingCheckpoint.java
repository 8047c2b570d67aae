package org.arbg.model.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arbg.adapters.BadInputException;
import org.arbg.model.ArModel;
import org.arbg.model.io.AtomicFiles;
import org.arbg.model.io.ModelFiles;

/**
 * Checkpoint files in a model directory: the model ({@link ModelFiles}), {@code optimizer.bin} (AdamW
 * moments and update count) and {@code checkpoint.json} ({@link CheckpointState}), written in that order,
 * each atomically, so the newest complete checkpoint always survives a kill.
 */
public final class TrainingCheckpoint {
    /** Optimizer state file name. */
    public static final String OPTIMIZER = "optimizer.bin";
    /** Checkpoint state file name. */
    public static final String STATE = "checkpoint.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TrainingCheckpoint() {
    }

    /** Writes model, optimizer and state into {@code dir}. */
    static void write(Path dir, ArModel model, AdamW optimizer, CheckpointState partial) throws IOException {
        ModelFiles.save(dir, model);
        Path opt = dir.resolve(OPTIMIZER);
        AtomicFiles.write(opt, optimizer::save);
        CheckpointState state = new CheckpointState(partial.step(), partial.skipped(), partial.config(),
                partial.trainDataSha256(), AtomicFiles.sha256(opt));
        AtomicFiles.write(dir.resolve(STATE), out -> JSON.writeValue(out, state));
    }

    /** True when {@code dir} holds a checkpoint to resume from. */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(STATE));
    }

    /** Reads {@code checkpoint.json}. */
    static CheckpointState readState(Path dir) {
        Path file = dir.resolve(STATE);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "missing; no checkpoint to resume from in this directory");
        }
        try {
            CheckpointState s = JSON.readValue(file.toFile(), CheckpointState.class);
            if (s.config() == null || s.step() < 0) {
                throw new BadInputException(file, "", "incomplete checkpoint state");
            }
            return s;
        } catch (IOException e) {
            throw new BadInputException(file, "", "unreadable checkpoint state: " + e.getMessage(), e);
        }
    }

    /** Loads the optimizer state into {@code optimizer}, checking its digest. */
    static void readOptimizer(Path dir, CheckpointState state, AdamW optimizer) {
        Path file = dir.resolve(OPTIMIZER);
        try {
            if (!Files.isRegularFile(file) || !AtomicFiles.sha256(file).equals(state.optimizerSha256())) {
                throw new BadInputException(file, "", "missing or corrupt optimizer state (checksum differs from "
                        + STATE + ")");
            }
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                optimizer.load(in);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(file, "", "unreadable optimizer state: " + e.getMessage(), e);
        }
    }
}
