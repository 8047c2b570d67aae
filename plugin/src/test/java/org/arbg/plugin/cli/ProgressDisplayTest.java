package org.arbg.plugin.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
    /** Feeds the reports to a line display, closes it, and returns the ETA of its last line (s). */
    private static int lastEtaSeconds(String task, long[][] reportsBeforePause, long[] reportAfterPause)
            throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressDisplay display = ProgressDisplay.lines(task, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        for (long[] r : reportsBeforePause) {
            display.update(r[0], r[1], null);
        }
        Thread.sleep(50);
        display.update(reportAfterPause[0], reportAfterPause[1], null);
        display.close();
        String line = bytes.toString(StandardCharsets.UTF_8).trim();
        Matcher eta = Pattern.compile("ETA (\\d+) s").matcher(line);
        assertTrue(eta.find(), line);
        return Integer.parseInt(eta.group(1));
    }

    @Test
    void etaOfAResumedRunUsesTheRateSinceItsFirstReport() throws InterruptedException {
        // resumed at 90%; >= 50 ms per unit, 99 units left: ETA >= 4.95 s
        assertTrue(lastEtaSeconds("simulate", new long[][] {{900, 1000}}, new long[] {901, 1000}) >= 4);
    }

    @Test
    void aPhaseWithAnotherTotalStartsTheEtaAfresh() throws InterruptedException {
        // reading data (no total), then training resumed at step 9000; >= 50 ms per step, 2999 left: ETA >= 149 s
        assertTrue(lastEtaSeconds("train", new long[][] {{40_000, -1}, {9_000, 12_000}},
                new long[] {9_001, 12_000}) >= 149);
    }
}
