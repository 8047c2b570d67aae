package org.arbg.adapters.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the helper's bookkeeping only; no timing assertions. */
class IoThroughputTest {
    @TempDir
    Path dir;

    @Test
    void measuresAllFourAndCleansUp() throws IOException {
        List<double[]> frames = new ArrayList<>();
        for (int f = 0; f < 50; f++) {
            frames.add(DcdTest.positions(100, f * 0.01));
        }
        List<IoThroughput.Result> r = IoThroughput.measure(dir, frames, 100);
        assertEquals(4, r.size());
        for (IoThroughput.Result x : r) {
            assertEquals(50, x.frames());
            assertTrue(x.fileBytes() > 0 && x.seconds() > 0, x.toString());
        }
        assertEquals(r.get(0).fileBytes(), 276 + 50L * 3 * (400 + 8));
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }
}
