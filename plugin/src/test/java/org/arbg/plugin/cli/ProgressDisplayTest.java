package org.arbg.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    @Test
    void etaOfAResumedRunUsesTheRateSinceItsFirstReport() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay display = ProgressDisplay.lines("simulate", out);
        display.update(900, 1000, null); // resumed at 90%
        Thread.sleep(50);
        display.update(901, 1000, null); // >= 50 ms per unit, 99 units left: ETA >= 4.95 s
        display.close();

        String line = bytes.toString(StandardCharsets.UTF_8).trim();
        Matcher eta = Pattern.compile("ETA (\\d+) s").matcher(line);
        assertTrue(eta.find(), line);
        assertTrue(Integer.parseInt(eta.group(1)) >= 4, line);
    }

    @Test
    void aPhaseWithAnotherTotalStartsTheEtaAfresh() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressDisplay display = ProgressDisplay.lines("train", out);
        display.update(40_000, -1, "frames read"); // reading data, no total: not a training step
        display.update(9_000, 12_000, null);        // training resumed at step 9000
        Thread.sleep(50);
        display.update(9_001, 12_000, null);        // >= 50 ms per step, 2999 steps left: ETA >= 149 s
        display.close();

        String line = bytes.toString(StandardCharsets.UTF_8).trim();
        Matcher eta = Pattern.compile("ETA (\\d+) s").matcher(line);
        assertTrue(eta.find(), line);
        assertTrue(Integer.parseInt(eta.group(1)) >= 149, line);
    }
}
