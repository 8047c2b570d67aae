package org.arbg.adapters.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures trajectory read and write throughput for a given set of frames (for {@code arbg bench}). Each
 * measurement writes or reads a whole file once; throughput is file bytes per wall-clock second. No warm-up is
 * done here: callers that want steady-state numbers repeat the call.
 */
public final class IoThroughput {
    private IoThroughput() {
    }

    /**
     * One measurement.
     *
     * @param format    "dcd" or "xtc"
     * @param operation "write" or "read"
     * @param frames    frames written or read
     * @param fileBytes size of the file in bytes
     * @param seconds   wall-clock time in s
     */
    public record Result(String format, String operation, int frames, long fileBytes, double seconds) {
        /** Throughput in MB/s (10^6 bytes of file per second). */
        public double megabytesPerSecond() {
            return fileBytes / 1e6 / seconds;
        }

        /** Frames per second. */
        public double framesPerSecond() {
            return frames / seconds;
        }
    }

    /**
     * Writes then reads the frames as DCD and as XTC in a temporary folder inside {@code workDir}, deleting the files
     * afterwards.
     *
     * @param frames positions in nm, each of length 3 * numAtoms
     * @return four results: dcd write, dcd read, xtc write, xtc read
     */
    public static List<Result> measure(Path workDir, List<double[]> frames, int numAtoms) throws IOException {
        Path tmp = Files.createTempDirectory(workDir, "arbg-io-bench");
        try {
            List<Result> out = new ArrayList<>(4);
            Path dcd = tmp.resolve("bench.dcd");
            out.add(write("dcd", DcdWriter.create(dcd, numAtoms), frames));
            out.add(read("dcd", DcdReader.open(dcd)));
            Path xtc = tmp.resolve("bench.xtc");
            out.add(write("xtc", XtcWriter.create(xtc, numAtoms), frames));
            out.add(read("xtc", XtcReader.open(xtc)));
            Files.deleteIfExists(dcd);
            Files.deleteIfExists(xtc);
            return out;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Times writing all frames with the given writer (closed here). */
    public static Result write(String format, TrajectoryWriter writer, List<double[]> frames) throws IOException {
        long t0 = System.nanoTime();
        try (writer) {
            for (double[] x : frames) {
                writer.writeFrame(x);
            }
        }
        double s = (System.nanoTime() - t0) * 1e-9;
        return new Result(format, "write", frames.size(), Files.size(writer.path()), s);
    }

    /** Times reading every frame with the given reader (closed here). */
    public static Result read(String format, TrajectoryReader reader) throws IOException {
        long t0 = System.nanoTime();
        int n = 0;
        try (reader) {
            double[] x = new double[3 * reader.numAtoms()];
            while (reader.readFrame(x)) {
                n++;
            }
        }
        double s = (System.nanoTime() - t0) * 1e-9;
        return new Result(format, "read", n, Files.size(reader.path()), s);
    }
}
