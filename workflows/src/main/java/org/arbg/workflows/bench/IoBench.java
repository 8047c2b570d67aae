package org.arbg.workflows.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.arbg.adapters.io.IoThroughput;

/** DCD and XTC write and read throughput, MB/s of file ({@link IoThroughput}), after one untimed round. */
public final class IoBench {
    /**
     * @param format             "dcd" or "xtc"
     * @param operation          "write" or "read"
     * @param frames             frames per file
     * @param fileBytes          file size, bytes
     * @param megabytesPerSecond 10⁶ bytes of file per second
     * @param framesPerSecond    frames per second
     */
    public record Result(String format, String operation, int frames, long fileBytes, Stat megabytesPerSecond,
                  Stat framesPerSecond) {
    }

    private IoBench() {
    }

    static List<Result> measure(Path workDir, List<double[]> frames, int atoms, int repeats) throws IOException {
        IoThroughput.measure(workDir, frames, atoms); // warm-up: class loading, JIT, page cache
        List<List<IoThroughput.Result>> runs = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            runs.add(IoThroughput.measure(workDir, frames, atoms));
        }
        List<Result> out = new ArrayList<>();
        for (int k = 0; k < runs.get(0).size(); k++) {
            double[] mb = new double[repeats];
            double[] fps = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                mb[r] = runs.get(r).get(k).megabytesPerSecond();
                fps[r] = runs.get(r).get(k).framesPerSecond();
            }
            IoThroughput.Result first = runs.get(0).get(k);
            out.add(new Result(first.format(), first.operation(), first.frames(), first.fileBytes(), Stat.of(mb),
                    Stat.of(fps)));
        }
        return out;
    }
}
