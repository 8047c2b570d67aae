package org.arbg.workflows.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.arbg.adapters.io.Trajectories;
import org.arbg.adapters.io.TrajectoryReader;
import org.arbg.adapters.io.TrajectoryWriter;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyJson;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.workflows.generator.SampleSummary;
import org.arbg.workflows.provenance.Provenance;
import org.arbg.workflows.reweight.JsonOutput;
import org.arbg.workflows.reweight.ReweightRun;

/**
 * The layout of an {@code arbg run} output directory, and the last step that puts the stages' outputs into it.
 *
 * <p>The directory is itself a sample directory ({@code proposals.dcd}, {@code log_q.npy}, {@code ic.npy},
 * {@code sample.json}), so every later command can be pointed at it, and holds the reweighting
 * ({@code energies.npy}, {@code log_weights.npy}, {@code resampled_indices.npy}, {@code reweight.json}), the
 * equal-weight ensemble ({@code ensemble.dcd}, {@code ensemble.pdb}), {@code metrics.json}, the report and
 * {@code summary.json}, with the prepared {@code system/} (and {@code model/}, {@code training-md/} when the run
 * trained its own model).
 */
public final class RunOutputs {
    public static final String SYSTEM = "system";
    public static final String MODEL = "model";
    public static final String TRAINING_MD = "training-md/remd.dcd";
    public static final String REWEIGHT_STAGE = "reweight";
    public static final String REWEIGHT_SUMMARY = "reweight.json";
    public static final String METRICS = "metrics.json";
    public static final String ENSEMBLE_DCD = "ensemble.dcd";
    public static final String ENSEMBLE_PDB = "ensemble.pdb";
    public static final String SUMMARY = "summary.json";
    /** Where {@code arbg run} looks for bundled defaults: {@code <arbg home>/test-data/<name>/bundle.json}. */
    public static final String BUNDLES = "test-data";

    private RunOutputs() {
    }

    public static boolean isEmptyDirectory(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Copies a (flat) directory such as a prepared system. */
    public static void copyDirectory(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from.resolve(SystemDirectory.SYSTEM_XML))) {
            throw new org.arbg.adapters.BadInputException(from, "", "not a system directory from 'arbg prepare' ("
                    + SystemDirectory.SYSTEM_XML + " missing)");
        }
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    /**
     * The installation's bundled defaults: {@code -Darbg.home} (set by the launcher) or {@code ARBG_HOME}, else
     * the nearest folder above the running jar that holds {@code test-data}.
     */
    public static Path defaultBundles() {
        String home = System.getProperty("arbg.home", System.getenv("ARBG_HOME"));
        if (home != null && !home.isBlank()) {
            return Path.of(home).resolve(BUNDLES);
        }
        try {
            Path p = Path.of(RunOutputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (; p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve(BUNDLES))) {
                    return p.resolve(BUNDLES);
                }
            }
        } catch (java.net.URISyntaxException | SecurityException e) {
            // fall through: no bundles
        }
        return Path.of(BUNDLES);
    }

    /**
     * Moves the reweighting stage's files into the run directory (the resampled frames as the ensemble), writes
     * the ensemble as a multi-model PDB and writes summary.json: the metrics (when evaluated) or the reweighting
     * summary at the top level, both in full below, and what the run used.
     */
    public static void finish(Path work, Optional<Path> reference, Optional<Path> md, Optional<String> bundle,
                              Provenance provenance) throws IOException {
        Path stage = work.resolve(REWEIGHT_STAGE);
        for (String f : new String[] {ReweightRun.ENERGIES, ReweightRun.LOG_WEIGHTS, ReweightRun.RESAMPLED_INDICES}) {
            Files.move(stage.resolve(f), work.resolve(f));
        }
        Files.move(stage.resolve(ReweightRun.RESAMPLED), work.resolve(ENSEMBLE_DCD));
        Files.move(stage.resolve(ReweightRun.SUMMARY), work.resolve(REWEIGHT_SUMMARY));
        Files.delete(stage);

        Topology topology = TopologyJson.read(work.resolve(SYSTEM).resolve(SystemDirectory.TOPOLOGY_JSON));
        writePdb(work.resolve(ENSEMBLE_DCD), topology, work.resolve(ENSEMBLE_PDB));

        ObjectNode reweight = JsonOutput.readObject(work.resolve(REWEIGHT_SUMMARY));
        Path metricsFile = work.resolve(METRICS);
        ObjectNode summary = Files.exists(metricsFile) ? JsonOutput.readObject(metricsFile) : reweight.deepCopy();
        summary.set("reweight", reweight);
        ObjectNode run = summary.putObject("run");
        run.put("bundle", bundle.orElse(null));
        run.put("reference", reference.map(Path::toString).orElse(null));
        run.put("md", md.map(Path::toString).orElse(null));
        run.put("ensemble_frames", reweight.path("n_resampled").asInt());
        ArrayNode temperatures = run.putArray("sampling_temperatures");
        SampleSummary.read(work).temperatures().forEach(temperatures::add);
        summary.set("provenance", provenance.toJson());
        Files.writeString(work.resolve(SUMMARY), JsonOutput.text(summary));
    }

    /**
     * The stages ran in the staging folder and wrote its paths into their JSON and HTML (inputs, samples):
     * rewrites them to the run directory the files are about to be moved into, so no record names a folder
     * that no longer exists.
     */
    public static void relocatePaths(Path work, Path out) throws IOException {
        String from = work.toString();
        String to = out.toString();
        try (Stream<Path> files = Files.list(work)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".html")) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    if (text.contains(from)) {
                        Files.writeString(f, text.replace(from, to), StandardCharsets.UTF_8);
                    }
                }
            }
        }
    }

    private static void writePdb(Path dcd, Topology topology, Path pdb) throws IOException {
        double[] frame = new double[3 * topology.numAtoms()];
        try (TrajectoryReader reader = Trajectories.openReader(dcd, topology.numAtoms());
             TrajectoryWriter writer = Trajectories.openWriter(pdb, topology)) {
            while (reader.readFrame(frame)) {
                writer.writeFrame(frame);
            }
        }
    }
}
