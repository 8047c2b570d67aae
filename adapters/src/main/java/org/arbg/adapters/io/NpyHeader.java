package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a .npy file: magic, version, and the Python-literal dict with descr, fortran_order and shape.
 * Writing follows numpy's own rule (format 1.0, spare room after the first dimension so it can grow in place,
 * spaces and a newline padding the header to a multiple of 64 bytes).
 *
 * @param descr      dtype string such as "&lt;f8"
 * @param shape      dimensions, outermost first
 * @param dataOffset byte offset of the data
 */
record NpyHeader(String descr, long[] shape, int dataOffset) {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;
    private static final int GROWTH_DIGITS = 21;
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** The format 1.0 header bytes for this dtype and shape, padded as numpy pads them. */
    static byte[] encode(String descr, long[] shape) {
        StringBuilder dict = new StringBuilder("{'descr': '").append(descr)
                .append("', 'fortran_order': False, 'shape': (");
        for (int i = 0; i < shape.length; i++) {
            dict.append(shape[i]).append(i + 1 < shape.length ? ", " : (shape.length == 1 ? "," : ""));
        }
        dict.append("), }");
        if (shape.length > 0) {
            dict.append(" ".repeat(Math.max(0, GROWTH_DIGITS - Long.toString(shape[0]).length())));
        }
        int hlen = dict.length() + 1;
        int pad = ALIGN - ((MAGIC.length + 2 + 2 + hlen) % ALIGN);
        dict.append(" ".repeat(pad)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 4 + text.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length).put(text);
        return b.array();
    }

    /**
     * Parses a header from the start of {@code head}, which must hold at least the whole header when the file has
     * one (pass up to 64 KiB + 12 bytes).
     */
    static NpyHeader decode(byte[] head, int available, String source) {
        if (available < 10 || !Arrays.equals(Arrays.copyOf(head, MAGIC.length), MAGIC)) {
            throw new BadInputException(source, "byte offset 0", "not a .npy file (no \\x93NUMPY magic)");
        }
        int major = head[6] & 0xff;
        ByteBuffer b = ByteBuffer.wrap(head, 0, available).order(ByteOrder.LITTLE_ENDIAN);
        long len;
        int start;
        if (major == 1) {
            len = b.getShort(8) & 0xffff;
            start = 10;
        } else if (major == 2 || major == 3) {
            if (available < 12) {
                throw new BadInputException(source, "header", "file ends inside the header");
            }
            len = b.getInt(8) & 0xffffffffL;
            start = 12;
        } else {
            throw new BadInputException(source, "byte offset 6", "unsupported .npy format version " + major);
        }
        if (start + len > available) {
            throw new BadInputException(source, "header", "header of " + len + " bytes is longer than the file");
        }
        String text = new String(head, start, (int) len, major == 3 ? StandardCharsets.UTF_8
                : StandardCharsets.ISO_8859_1);
        Matcher d = DESCR.matcher(text);
        Matcher f = FORTRAN.matcher(text);
        Matcher s = SHAPE.matcher(text);
        if (!d.find() || !f.find() || !s.find()) {
            throw new BadInputException(source, "header", "header dict lacks descr, fortran_order or shape: "
                    + text.strip());
        }
        if (f.group(1).equals("True")) {
            throw new BadInputException(source, "header", "Fortran-order arrays are not supported; save with"
                    + " numpy.ascontiguousarray");
        }
        String[] parts = s.group(1).split(",");
        long[] shape = new long[parts.length];
        int n = 0;
        for (String p : parts) {
            String t = p.strip();
            if (t.isEmpty()) {
                continue;
            }
            try {
                shape[n] = Long.parseLong(t.endsWith("L") ? t.substring(0, t.length() - 1) : t);
            } catch (NumberFormatException e) {
                throw new BadInputException(source, "header", "bad shape (" + s.group(1) + ")");
            }
            if (shape[n] < 0) {
                throw new BadInputException(source, "header", "negative dimension in shape (" + s.group(1) + ")");
            }
            n++;
        }
        return new NpyHeader(d.group(1), Arrays.copyOf(shape, n), (int) (start + len));
    }
}
