package org.arbg.plugin.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.arbg.adapters.Progress;

/** Renders {@link Progress} reports for a person: a bar on a terminal, periodic lines in a log. */
public abstract class ProgressDisplay implements Progress, AutoCloseable {
    /** Minimum time between two progress lines when stderr is not a terminal. */
    static final long LINE_INTERVAL_NANOS = 5_000_000_000L;

    @Override
    public abstract void close();

    static ProgressDisplay silent() {
        return new ProgressDisplay() {
            @Override
            public void update(long done, long total, String detail) {
            }

            @Override
            public void close() {
            }
        };
    }

    static ProgressDisplay bar(String task, long total) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build();
        return new ProgressDisplay() {
            @Override
            public void update(long done, long total, String detail) {
                if (total > 0) {
                    bar.maxHint(total);
                }
                bar.stepTo(done);
                bar.setExtraMessage(detail == null ? "" : detail);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    static ProgressDisplay lines(String task, PrintStream out) {
        return new ProgressDisplay() {
            private final long start = System.nanoTime();
            private long lastPrint = start;
            // a resumed run starts part-way: the ETA uses the rate since the first report of the phase, not since
            // zero; a new total (or going backwards) starts a new phase, e.g. "frames read" before training steps
            private long firstDone = -1;
            private long firstTime;
            private long phaseTotal;
            private long lastDone;
            private long lastTotal;
            private String lastDetail = "";

            @Override
            public void update(long done, long total, String detail) {
                if (firstDone < 0 || total != phaseTotal || done < firstDone) {
                    firstDone = done;
                    firstTime = System.nanoTime();
                    phaseTotal = total;
                }
                lastDone = done;
                lastTotal = total;
                lastDetail = detail == null ? "" : detail;
                long now = System.nanoTime();
                if (now - lastPrint >= LINE_INTERVAL_NANOS) {
                    lastPrint = now;
                    print(now);
                }
            }

            private void print(long now) {
                StringBuilder line = new StringBuilder(task).append(": ").append(lastDone);
                if (lastTotal > 0) {
                    double fraction = (double) lastDone / lastTotal;
                    line.append('/').append(lastTotal)
                            .append(String.format(Locale.ROOT, " (%.0f%%", 100 * fraction));
                    long progressed = lastDone - firstDone;
                    if (firstDone >= 0 && progressed > 0) {
                        double secondsPerUnit = (now - firstTime) / 1e9 / progressed;
                        line.append(String.format(Locale.ROOT, ", ETA %.0f s", secondsPerUnit * (lastTotal - lastDone)));
                    }
                    line.append(')');
                }
                if (!lastDetail.isEmpty()) {
                    line.append(' ').append(lastDetail);
                }
                out.println(line);
            }

            @Override
            public void close() {
                print(System.nanoTime());
            }
        };
    }
}
