package org.arbg.energy.md;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.AtomicOutput;

/**
 * Reads and writes a {@link Checkpoint} as one zip file: {@code checkpoint.json}, and per replica i
 * {@code replica-i.state.xml} and {@code replica-i.native.bin}. One file, replaced atomically (temporary file,
 * then rename), so a kill at any moment leaves either the previous checkpoint or the new one, never a mix.
 */
public final class CheckpointFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES);
    private static final String INFO = "checkpoint.json";

    private CheckpointFile() {
    }

    /** The checkpoint beside a trajectory: {@code traj.dcd} → {@code traj.checkpoint}. */
    public static Path besideTrajectory(Path dcd) {
        return TrajectoryReporter.sibling(dcd, ".checkpoint");
    }

    /** Writes {@code checkpoint} to {@code path} atomically. */
    public static void write(Path path, Checkpoint checkpoint) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(path)) {
            OutputStream os = Channels.newOutputStream(out.channel());
            ZipOutputStream zip = new ZipOutputStream(os);
            put(zip, INFO, JSON.writeValueAsBytes(checkpoint.info()));
            for (int i = 0; i < checkpoint.replicas().size(); i++) {
                Checkpoint.Replica r = checkpoint.replicas().get(i);
                put(zip, "replica-" + i + ".state.xml", r.stateXml().getBytes(StandardCharsets.UTF_8));
                put(zip, "replica-" + i + ".native.bin", r.nativeCheckpoint());
            }
            zip.finish();
            os.flush();
            out.commit();
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * Reads a checkpoint.
     *
     * @throws BadInputException when the file is missing, not a checkpoint, or incomplete
     */
    public static Checkpoint read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new BadInputException(path, "", "no checkpoint to resume from (run without --resume to start)");
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(path); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new BadInputException(path, "", "unreadable checkpoint: " + e.getMessage(), e);
        }
        byte[] json = entries.get(INFO);
        if (json == null) {
            throw new BadInputException(path, "", "not a checkpoint: no " + INFO + " inside");
        }
        CheckpointInfo info;
        try {
            info = JSON.readValue(json, CheckpointInfo.class);
        } catch (IOException e) {
            throw new BadInputException(path, INFO, "unreadable: " + e.getMessage(), e);
        }
        if (info.formatVersion() != CheckpointInfo.FORMAT_VERSION) {
            throw new BadInputException(path, INFO, "checkpoint format " + info.formatVersion()
                    + " is not the supported " + CheckpointInfo.FORMAT_VERSION);
        }
        List<Checkpoint.Replica> replicas = new ArrayList<>();
        for (int i = 0; i < info.replicaTemperaturesK().length; i++) {
            byte[] xml = entries.get("replica-" + i + ".state.xml");
            byte[] bin = entries.get("replica-" + i + ".native.bin");
            if (xml == null || bin == null) {
                throw new BadInputException(path, "replica " + i, "the replica's state is missing");
            }
            replicas.add(new Checkpoint.Replica(new String(xml, StandardCharsets.UTF_8), bin));
        }
        return new Checkpoint(info, replicas);
    }
}
