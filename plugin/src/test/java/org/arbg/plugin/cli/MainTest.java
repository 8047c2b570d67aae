package org.arbg.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.arbg.plugin.spi.StepFailedException;
import org.arbg.plugin.spi.WorkflowStep;
import org.arbg.plugin.spi.WorkflowSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void globalOptionsReachTheCommand() throws Exception {
        Path out = dir.resolve("o.txt");
        int code = Main.run(new String[] {"test-echo", "--threads", "3", "--seed", "7", "--quiet", "--out", out.toString()});
        assertEquals(ExitCode.OK, code);
        assertEquals("3 7 QUIET", Files.readString(out));
    }

    @Test
    void defaultsWhenGlobalOptionsAreAbsent() throws Exception {
        Path out = dir.resolve("o.txt");
        assertEquals(ExitCode.OK, Main.run(new String[] {"test-echo", "--out", out.toString()}));
        assertEquals(Runtime.getRuntime().availableProcessors() + " " + CliContext.DEFAULT_SEED + " NORMAL",
                Files.readString(out));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCode.USAGE, Main.run(new String[] {}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"no-such-command"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"test-echo", "--no-such-option"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"test-echo", "--threads", "zero", "--out", "x"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"test-echo", "--threads", "0", "--out", "x"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"test-echo", "--quiet", "--verbose", "--out", "x"}));
        assertEquals(ExitCode.USAGE, Main.run(new String[] {"test-echo"}), "missing --out");
    }

    @Test
    void badInputExitsWithThreeAndInternalErrorsWithOne() {
        Path out = dir.resolve("o.txt");
        assertEquals(ExitCode.BAD_INPUT, Main.run(new String[] {"test-echo", "--input", dir.resolve("missing.pdb").toString(),
            "--out", out.toString()}));
        assertFalse(Files.exists(out));
        assertEquals(ExitCode.INTERNAL_ERROR, Main.run(new String[] {"test-echo", "--boom", "--out", out.toString()}));
    }

    @Test
    void helpWorksForTheToolAndEveryRegisteredCommand() {
        assertEquals(ExitCode.OK, Main.run(new String[] {"--help"}));
        for (String name : Main.registeredCommands().keySet()) {
            assertEquals(ExitCode.OK, Main.run(new String[] {name, "--help"}), name + " --help");
        }
    }

    @Test
    void commandsAreWorkflowSteps() throws Exception {
        WorkflowStep step = WorkflowSteps.named("test-echo");
        assertTrue(step.parameters().containsKey("out"));
        assertTrue(step.parameters().containsKey("threads"));
        Path out = dir.resolve("s.txt");
        step.run(Map.of("out", out.toString(), "seed", "99", "threads", "2", "verbose", "true"));
        assertEquals("2 99 VERBOSE", Files.readString(out));
        StepFailedException e = assertThrows(StepFailedException.class,
                () -> step.run(Map.of("input", dir.resolve("none").toString(), "out", out.toString())));
        assertEquals(ExitCode.BAD_INPUT, e.exitCode());
        assertEquals(ExitCode.USAGE, assertThrows(StepFailedException.class,
                () -> step.run(Map.of("bogus", "1"))).exitCode());
    }
}
