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
}
