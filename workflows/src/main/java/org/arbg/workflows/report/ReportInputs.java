package org.arbg.workflows.report;

import java.nio.file.Path;
import java.util.Optional;
import org.arbg.workflows.reweight.SampleDirectory;

/**
 * What {@code arbg report} shows.
 *
 * @param samples    the sample directory of {@code arbg sample} (proposals.dcd, log_q.npy)
 * @param reweighted the directory {@code arbg reweight} wrote for those samples (energies.npy,
 *                   log_weights.npy, summary.json)
 * @param reference  the reference trajectory
 * @param metrics    metrics.json of {@code arbg evaluate} for those samples (the table and the curves), if any
 * @param md         the MD trajectory compared at equal cost, if any (its first n_frames_used frames of
 *                   metrics.json's "md", or as many frames as proposals without metrics)
 */
public record ReportInputs(SampleDirectory samples, Path reweighted, Path reference, Optional<Path> metrics,
                           Optional<Path> md) {
}
