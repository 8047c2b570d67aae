package org.arbg.model.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The training log, {@code training-log.csv}: one row per validation. */
final class TrainingLog {
    static final String HEADER = "step,learning_rate,train_loss_nats_per_token,grad_norm,val_nll_nats_per_token,"
            + "val_nll_nats_per_molecule,val_frames,val_outside,skipped,elapsed_s";

    private final Path file;

    /**
     * Opens the log; rows after {@code keepUpToStep} (written after the checkpoint being resumed) are dropped.
     */
    TrainingLog(Path file, int keepUpToStep) throws IOException {
        this.file = file;
        List<String> keep = new ArrayList<>();
        keep.add(HEADER);
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isEmpty() && Character.isDigit(line.charAt(0))
                        && Integer.parseInt(line.substring(0, line.indexOf(','))) <= keepUpToStep) {
                    keep.add(line);
                }
            }
        }
        Files.write(file, keep, StandardCharsets.UTF_8);
    }

    void append(int step, double lr, double loss, double gradNorm, ValidationResult v, int skipped, double elapsed)
            throws IOException {
        String row = String.format(Locale.ROOT, "%d,%.6g,%.6f,%.4f,%s,%s,%d,%d,%d,%.1f%n", step, lr, loss, gradNorm,
                v == null ? "" : String.format(Locale.ROOT, "%.6f", v.nllPerToken()),
                v == null ? "" : String.format(Locale.ROOT, "%.4f", v.nllPerMolecule()),
                v == null ? 0 : v.frames(), v == null ? 0 : v.outside(), skipped, elapsed);
        Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
