package org.arbg.adapters.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Small helpers for positional reads and writes on a FileChannel. */
final class ChannelIo {
    private ChannelIo() {
    }

    /**
     * Fills {@code buf} from {@code position} as far as the file allows.
     *
     * @return the number of bytes read (less than requested only at end of file)
     */
    static int readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        int total = 0;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    /** Writes all of {@code buf} at {@code position}. */
    static void writeFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        long p = position;
        while (buf.hasRemaining()) {
            p += ch.write(buf, p);
        }
    }
}
