package org.arbg.adapters;

/**
 * Receives progress of long work (MD, training, sampling). Library code reports through this interface
 * and never prints; the CLI renders it as a progress bar on a terminal or as periodic log lines.
 */
@FunctionalInterface
public interface Progress {
    /** Discards every report. */
    Progress NONE = (done, total, detail) -> { };

    /**
     * @param done   units of work finished so far
     * @param total  units of work in all, or -1 when unknown
     * @param detail a short status such as "loss 1.234" or "12.3 ns/day"; may be empty
     */
    void update(long done, long total, String detail);
}
