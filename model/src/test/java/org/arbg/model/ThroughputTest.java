package org.arbg.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.arbg.adapters.ic.TokenInfo;
import org.arbg.model.bench.SamplingThroughput;
import org.arbg.model.bench.TrainingThroughput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark helpers run (no timing assertions). With {@code -Darbg.bench=true} the second test measures
 * the default configuration on a 57-token (alanine dipeptide sized) sequence and prints the numbers.
 */
class ThroughputTest {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void helpersRunOnATinyModel() {
        List<TokenInfo> tokens = ToyModels.tokens(6);
        double[] data = ToyModels.frames(tokens, 20, 1);
        try (ArModel m = ArModel.forData(ToyModels.tinyConfig(16), tokens, data, 20, new ModelProvenance("", "", ""),
                1)) {
            assertTrue(SamplingThroughput.measure(m, 10, 4, true).proposalsPerSecond() > 0);
            assertTrue(SamplingThroughput.measure(m, 10, 4, false).proposalsPerSecond() > 0);
            assertTrue(TrainingThroughput.measure(m, data, 20, 4, 3).msPerStep() > 0);
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "arbg.bench", matches = "true")
    void defaultConfigurationOnAlanineDipeptideSize() {
        List<TokenInfo> tokens = ToyModels.tokens(57);
        double[] data = ToyModels.frames(tokens, 512, 1);
        int threads = Integer.getInteger("arbg.bench.threads", 1);
        try (ArModel m = ArModel.forData(ModelConfig.defaults(), tokens, data, 512, new ModelProvenance("", "", ""),
                threads)) {
            System.out.printf("BENCH parameters %d, threads %d%n", m.parameterCount(), threads);
            System.out.println("BENCH " + SamplingThroughput.measure(m, 1024));
            System.out.println("BENCH " + SamplingThroughput.measure(m, 2048, 1024, true));
            System.out.println("BENCH " + SamplingThroughput.measure(m, 64, 64, false));
            System.out.println("BENCH " + TrainingThroughput.measure(m, data, 512, 32, 10));
        }
    }

    /**
     * KV-cache proposals/s of the default configuration on a 60-token (alanine dipeptide) sequence against the
     * batch size: {@code -Darbg.bench.sweep=64,256,1024 -Darbg.bench.n=2048 -Darbg.bench.threads=1}.
     */
    @Test
    @EnabledIfSystemProperty(named = "arbg.bench.sweep", matches = "[0-9,]+")
    void samplingAgainstBatchSize() {
        List<TokenInfo> tokens = ToyModels.tokens(60);
        double[] data = ToyModels.frames(tokens, 512, 1);
        int threads = Integer.getInteger("arbg.bench.threads", 1);
        int n = Integer.getInteger("arbg.bench.n", 2048);
        try (ArModel m = ArModel.forData(ModelConfig.defaults(), tokens, data, 512, new ModelProvenance("", "", ""),
                threads)) {
            for (String b : System.getProperty("arbg.bench.sweep").split(",")) {
                int batch = Integer.parseInt(b);
                long cpu0 = CPU.getCurrentThreadCpuTime();
                SamplingThroughput.Result r = SamplingThroughput.measure(m, Math.max(n, batch), batch, true);
                double cpuS = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e9;
                System.out.printf("SWEEP threads %d batch %d: %.1f proposals/s wall, %.1f per CPU-second of this"
                        + " thread (load %.2f)%n", threads, batch, r.proposalsPerSecond(),
                        (r.proposals() + Math.min(r.proposals(), batch)) / cpuS,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }
}
