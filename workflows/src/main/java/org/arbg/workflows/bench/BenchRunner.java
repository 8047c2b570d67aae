package org.arbg.workflows.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.ic.ZMatrix;
import org.arbg.adapters.io.AtomicOutput;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.openmm.PlatformChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code arbg bench}: for each ladder system, energy cost per platform and thread count, MD ns/day (plain
 * Langevin, and replica exchange for alanine dipeptide), IC transform and trajectory I/O throughput, training and
 * sampling of the default model, and peak memory; then the energy-only variants (other force fields or solvent);
 * then power-law fits of cost against size over the ladder. Each measurement is warmed up, then repeated
 * ({@link BenchConfig#repeats()}).
 */
public final class BenchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BenchRunner.class);
    /** Frames the model is fitted on (bins from their spread); timing does not depend on their values. */
    private static final int MODEL_DATA_FRAMES = 128;

    private BenchRunner() {
    }

    public static BenchReport run(BenchConfig c) throws IOException {
        long t0 = System.nanoTime();
        MachineInfo machine = MachineInfo.probe();
        LOG.info("bench: {} cores, load average {}", machine.cores(), machine.loadAverage());
        List<BenchReport.SystemResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String name : c.systems()) {
            try {
                results.add(runSystem(name, c));
            } catch (BadInputException e) {
                LOG.warn("bench: skipping {}: {}", name, e.getMessage());
                notes.add("skipped " + name + ": " + e.getMessage());
            }
        }
        List<BenchReport.EnergyVariant> variants = new ArrayList<>();
        for (String name : c.energyVariants()) {
            try {
                variants.add(runVariant(name, c));
            } catch (BadInputException e) {
                LOG.warn("bench: skipping {}: {}", name, e.getMessage());
                notes.add("skipped " + name + ": " + e.getMessage());
            }
        }
        return new BenchReport(BenchReport.SCHEMA, c.quick(), machine, BenchReport.Settings.of(c), results,
                variants, fits(results), notes, MachineInfo.currentLoadAverage(), (System.nanoTime() - t0) / 1e9);
    }

    static BenchReport.SystemResult runSystem(String name, BenchConfig c) throws IOException {
        long t0 = System.nanoTime();
        MemoryProbe.resetPeaks();
        try (BenchSystem s = BenchSystems.load(name, c)) {
            Topology top = s.minimised().topology();
            double[] x = s.minimised().positionsNm();
            int n3 = x.length;
            LOG.info("bench: {} ({} atoms, minimised {} -> {} kJ/mol)", name, s.numAtoms(),
                    String.format("%.1f", s.energyBeforeKjMol()), String.format("%.1f", s.energyAfterKjMol()));
            List<EnergyBench.Result> energy = EnergyBench.measure(s.prepared().system(),
                    BenchFrames.jitter(x, c.energyFrames(), 1), c.energyFrames(), c);
            LOG.info("bench: {} MD", name);
            List<MdBench.Result> md = new ArrayList<>(MdBench.plain(s.prepared().system(), x, c));
            if (name.equals(MdBench.REPLICA_EXCHANGE_SYSTEM)) {
                md.addAll(MdBench.replicaExchange(s.prepared().system(), x, c));
            }
            ZMatrix z = ZMatrix.fromTopology(top);
            TransformBench.Result transform = TransformBench.measure(z, BenchFrames.jitter(x, c.icFrames(), 2),
                    c.icFrames(), c.repeats());
            LOG.info("bench: {} energies and transform done; trajectory I/O", name);
            List<IoBench.Result> io = IoBench.measure(c.workDir(),
                    BenchFrames.split(BenchFrames.jitter(x, c.ioFrames(), 3), n3), s.numAtoms(), c.repeats());
            LOG.info("bench: {} model training and sampling ({} tokens)", name, s.numTokens());
            ModelBench.Result model = ModelBench.measure(top, z, BenchFrames.jitter(x, MODEL_DATA_FRAMES, 4),
                    MODEL_DATA_FRAMES, c);
            return new BenchReport.SystemResult(name, s.description(), s.numAtoms(), s.numTokens(),
                    s.energyBeforeKjMol(), s.energyAfterKjMol(), energy, md, transform, io, model,
                    MemoryProbe.snapshot(), (System.nanoTime() - t0) / 1e9);
        }
    }

    static BenchReport.EnergyVariant runVariant(String name, BenchConfig c) throws IOException {
        long t0 = System.nanoTime();
        try (BenchSystem s = BenchSystems.load(name, c)) {
            LOG.info("bench: {} ({} atoms, {}; minimised {} -> {} kJ/mol)", name, s.numAtoms(),
                    s.prepared().system().forceNames(), String.format("%.1f", s.energyBeforeKjMol()),
                    String.format("%.1f", s.energyAfterKjMol()));
            double[] x = s.minimised().positionsNm();
            List<EnergyBench.Result> energy = EnergyBench.measure(s.prepared().system(),
                    BenchFrames.jitter(x, c.energyFrames(), 1), c.energyFrames(), c);
            return new BenchReport.EnergyVariant(name, BenchSystems.variantOf(name), s.description(), s.numAtoms(),
                    s.prepared().system().forceNames(), PlatformChoice.forSystem(s.prepared().system()),
                    s.energyBeforeKjMol(), s.energyAfterKjMol(), energy, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Log-log least-squares fits over the systems that ran (needs two or more). */
    static List<PowerLaw> fits(List<BenchReport.SystemResult> rs) {
        List<PowerLaw> out = new ArrayList<>();
        Map<String, List<double[]>> energy = new LinkedHashMap<>();
        for (BenchReport.SystemResult r : rs) {
            for (EnergyBench.Result e : r.energy()) {
                String key = e.platform() + (e.platform().equals("CPU") ? " " + e.threads() + " thread(s)" : "");
                energy.computeIfAbsent("energy µs/frame (JNI), " + key, k -> new ArrayList<>())
                        .add(new double[] {r.atoms(), e.jniMicros().median()});
                energy.computeIfAbsent("energy µs/frame (C++ loop), " + key, k -> new ArrayList<>())
                        .add(new double[] {r.atoms(), e.nativeMicros().median()});
            }
        }
        energy.forEach((q, pts) -> add(out, q, "atoms", pts));
        Map<String, List<double[]>> md = new LinkedHashMap<>();
        for (BenchReport.SystemResult r : rs) {
            for (MdBench.Result m : r.md()) {
                if (m.kind().equals("md")) {
                    String key = m.platform() + (m.platform().equals("CPU") ? " " + m.threads() + " thread(s)" : "");
                    md.computeIfAbsent("MD µs/step, " + key, k -> new ArrayList<>())
                            .add(new double[] {r.atoms(), m.microsPerStep().median()});
                }
            }
        }
        md.forEach((q, pts) -> add(out, q, "atoms", pts));
        add(out, "IC Cartesian→internal µs/frame", "atoms",
                points(rs, r -> r.atoms(), r -> 1e6 / r.transform().toInternalFramesPerSecond().median()));
        add(out, "IC internal→Cartesian µs/frame", "atoms",
                points(rs, r -> r.atoms(), r -> 1e6 / r.transform().toCartesianFramesPerSecond().median()));
        add(out, "training ms/step", "tokens", points(rs, r -> r.tokens(), r -> r.model().msPerStep().median()));
        for (int k = 0; k < 2; k++) {
            int idx = k;
            add(out, "sampling s/proposal, " + (k == 0 ? "KV cache" : "no cache (prefix recomputed)"), "tokens",
                    points(rs, r -> r.tokens(),
                            r -> 1 / r.model().sampling().get(idx).proposalsPerSecond().median()));
        }
        return out;
    }

    private static List<double[]> points(List<BenchReport.SystemResult> rs,
                                         Function<BenchReport.SystemResult, Integer> size,
                                         Function<BenchReport.SystemResult, Double> cost) {
        List<double[]> pts = new ArrayList<>();
        rs.forEach(r -> pts.add(new double[] {size.apply(r), cost.apply(r)}));
        return pts;
    }

    private static void add(List<PowerLaw> out, String quantity, String against, List<double[]> pts) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        pts.forEach(p -> {
            xs.add(p[0]);
            ys.add(p[1]);
        });
        PowerLaw fit = PowerLaw.fit(quantity, against, xs, ys);
        if (fit != null) {
            out.add(fit);
        }
    }

    /** Writes the report as pretty-printed JSON, atomically. */
    public static void write(BenchReport report, Path out) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AtomicOutput.writeBytes(out, mapper.writeValueAsBytes(report));
    }
}
