package org.arbg.workflows.generator;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.model.density.TemperatureMixture;

/**
 * {@code sample.json}: what a sampling run produced, written last (its presence marks a complete run).
 *
 * @param n                  proposals drawn
 * @param temperatures       τ they were drawn at: one, or the components of an equal-share mixture, whose
 *                           density {@code log_q.npy} holds (files from before mixtures have a single
 *                           {@code temperature})
 * @param model              model directory as given
 * @param system             system directory as given
 * @param specDigest         Z-matrix digest of the model's coordinate spec
 * @param dataDigest         SHA-256 of the model's training files
 * @param seed               sampler seed
 * @param batch              sequences decoded together
 * @param threads            batches decoded at once (Java threads)
 * @param torchThreads       libtorch intra-op threads per batch
 * @param seconds            wall time of sampling, conversion and writing
 * @param proposalsPerSecond n / seconds
 * @param cpuSeconds         CPU time of the sampling threads (decoding and conversion, not writing), summed
 *                           over threads; NaN where the JVM cannot measure thread CPU time
 * @param meanLogQ           mean of {@code log_q.npy} (nats, Cartesian density modulo rigid motion, nm)
 * @param files              the output files, in the directory
 * @param arbgVersion        arbg version that sampled
 */
public record SampleSummary(int n,
                            @JsonAlias("temperature")
                            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                            List<Double> temperatures, String model, String system, String specDigest,
                            String dataDigest, long seed, int batch, int threads, int torchThreads,
                            double seconds, double proposalsPerSecond, double cpuSeconds, double meanLogQ,
                            List<String> files, String arbgVersion) {
    /**
     * The {@code sample.json} of a sample directory.
     *
     * @throws BadInputException when it is missing or unreadable, or its temperatures are not a valid mixture
     */
    public static SampleSummary read(Path sampleDir) {
        Path file = sampleDir.resolve(ProposalSampling.SUMMARY);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "missing: the sample directory was not written by 'arbg sample'");
        }
        SampleSummary summary = JsonFiles.read(file, SampleSummary.class);
        try {
            summary.mixture();
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "temperatures", "not one or more distinct positive temperatures: "
                    + summary.temperatures());
        }
        return summary;
    }

    /**
     * The temperatures as the density {@code log_q.npy} was computed under.
     *
     * @throws IllegalArgumentException when they are not one or more distinct positive numbers
     */
    public TemperatureMixture mixture() {
        if (temperatures == null) {
            throw new IllegalArgumentException("no temperatures");
        }
        return TemperatureMixture.of(temperatures.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
