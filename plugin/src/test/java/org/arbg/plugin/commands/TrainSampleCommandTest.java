package org.arbg.plugin.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.arbg.plugin.cli.ExitCode;
import org.arbg.plugin.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code arbg train} and {@code arbg sample} through the dispatcher: exit codes and outputs. */
class TrainSampleCommandTest {
    @TempDir
    static Path tmp;
    static Path system;
    static Path model;

    static String testData(String relative) {
        return Path.of(Objects.requireNonNull(System.getProperty("arbg.testData")), relative).toString();
    }

    @BeforeAll
    static void prepareAndTrain() {
        system = tmp.resolve("system");
        assertEquals(ExitCode.OK, Main.run(new String[] {"prepare", "--pdb",
            testData("structures/aldp-modern-names.pdb"), "--out", system.toString(), "--quiet"}));
        model = tmp.resolve("model");
        assertEquals(ExitCode.OK, Main.run(new String[] {"train", "--system", system.toString(), "--data",
            testData("trajectories/frame0.dcd"), "--out", model.toString(), "--steps", "5", "--width", "16",
            "--layers", "1", "--heads", "2", "--bins", "32", "--threads", "1", "--quiet"}));
    }

    @Test
    void helpAndUsageErrors() {
        assertEquals(ExitCode.OK, Main.run(new String[] {"sample", "--help"}));
        assertEquals(ExitCode.OK, Main.run(new String[] {"train", "--help"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"train", "--system", system.toString(), "--out",
            tmp.resolve("x").toString()}), "missing --data");
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"train", "--system", system.toString(), "--data",
            testData("trajectories/frame0.dcd"), "--out", model.toString(), "--resume", "--steps", "9"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"train", "--system", system.toString(), "--data",
            testData("trajectories/frame0.dcd"), "--out", tmp.resolve("y").toString(), "--width", "15"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"train", "--system", system.toString(), "--data",
            testData("trajectories/frame0.dcd"), "--extra-data", ",", "--out", tmp.resolve("y").toString()}),
            "--extra-data naming no files");
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"sample", "--system", system.toString(), "--model",
            model.toString(), "-n", "0", "--out", tmp.resolve("z").toString()}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"sample", "--system", system.toString(), "--model",
            model.toString(), "-n", "3", "--temperature", "-1", "--out", tmp.resolve("z").toString()}));
        for (String bad : new String[] {"1,1", "1,", "1;1.1", "0"}) {
            assertEquals(ExitCode.USAGE, Main.run(new String[] {"sample", "--system", system.toString(), "--model",
                model.toString(), "-n", "3", "--temperature", bad, "--out", tmp.resolve("z").toString()}), bad);
        }
        assertFalse(Files.exists(tmp.resolve("z")), "a usage error writes nothing");
    }

    @Test
    void extraDataIsRecordedAsTrainingOnly() throws IOException {
        Path out = tmp.resolve("model-extra");
        String frame0 = testData("trajectories/frame0.dcd");
        assertEquals(ExitCode.OK, Main.run(new String[] {"train", "--system", system.toString(), "--data", frame0,
            "--extra-data", frame0 + "," + frame0, "--out", out.toString(), "--steps", "2", "--width", "16",
            "--layers", "1", "--heads", "2", "--bins", "32", "--threads", "1", "--quiet"}));
        String json = Files.readString(out.resolve("training-data.json")).replaceAll("\\s+", "");
        assertTrue(json.contains("\"trainingOnlyFiles\":[\"" + frame0 + "\",\"" + frame0 + "\"]"), json);
        assertTrue(json.contains("\"framesPerFile\":[501,501,501]") && json.contains("\"validationFrames\":50,")
            && json.contains("\"trainFrames\":1453,"), json);
    }

    @Test
    void sampleWritesItsFourFiles() throws IOException {
        Path out = tmp.resolve("samples");
        assertEquals(ExitCode.OK, Main.run(new String[] {"sample", "--system", system.toString(), "--model",
            model.toString(), "-n", "20", "--batch", "8", "--out", out.toString(), "--threads", "1", "--quiet"}));
        for (String f : new String[] {"proposals.dcd", "log_q.npy", "ic.npy", "sample.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        String json = Files.readString(out.resolve("sample.json")).replaceAll("\\s+", "");
        assertTrue(json.contains("\"temperatures\":[1.0,1.1]"), "default: the two-temperature mixture " + json);

        Path single = tmp.resolve("samples-single");
        assertEquals(ExitCode.OK, Main.run(new String[] {"sample", "--system", system.toString(), "--model",
            model.toString(), "-n", "5", "--temperature", "1", "--out", single.toString(), "--threads", "1",
            "--quiet"}));
        json = Files.readString(single.resolve("sample.json")).replaceAll("\\s+", "");
        assertTrue(json.contains("\"temperatures\":[1.0]"), json);
    }

    @Test
    void corruptOrForeignModelsAndExistingModelsAreBadInput() throws IOException {
        Path corrupt = tmp.resolve("corrupt");
        Files.createDirectories(corrupt);
        try (var files = Files.list(model)) {
            for (Path p : files.toList()) {
                Files.copy(p, corrupt.resolve(p.getFileName()));
            }
        }
        byte[] params = Files.readAllBytes(corrupt.resolve("parameters.djl"));
        params[params.length / 2] ^= 0x55;
        Files.write(corrupt.resolve("parameters.djl"), params);
        Path out = tmp.resolve("from-corrupt");
        assertEquals(ExitCode.BAD_INPUT, Main.run(new String[] {"sample", "--system", system.toString(), "--model",
            corrupt.toString(), "-n", "4", "--out", out.toString(), "--quiet"}));
        assertFalse(Files.exists(out.resolve("proposals.dcd")) || Files.exists(out.resolve("sample.json")));

        Files.writeString(corrupt.resolve("config.json"), "{ not json");
        assertEquals(ExitCode.BAD_INPUT, Main.run(new String[] {"sample", "--system", system.toString(), "--model",
            corrupt.toString(), "-n", "4", "--out", out.toString(), "--quiet"}));
        assertEquals(ExitCode.BAD_INPUT, Main.run(new String[] {"sample", "--system", system.toString(), "--model",
            tmp.resolve("no-such-model").toString(), "-n", "4", "--out", out.toString(), "--quiet"}));
        assertEquals(ExitCode.BAD_INPUT, Main.run(new String[] {"train", "--system", system.toString(), "--data",
            testData("trajectories/frame0.dcd"), "--out", model.toString(), "--quiet"}), "a model already there");
    }
}
