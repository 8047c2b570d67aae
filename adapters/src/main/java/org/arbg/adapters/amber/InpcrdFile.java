package org.arbg.adapters.amber;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.arbg.adapters.BadInputException;

/**
 * An AMBER ASCII coordinate/restart file (inpcrd, rst7): title, atom count, positions (6F12.7, Å), then optionally
 * velocities (Å per 1/20.455 ps) and a box line. Converted to nm and nm/ps on reading.
 *
 * @param source       the file (for messages)
 * @param title        the first line
 * @param positionsNm  3*numAtoms positions in nm
 * @param velocities   3*numAtoms velocities in nm/ps, when present
 * @param box          {a, b, c} in nm followed by {alpha, beta, gamma} in degrees, when present
 */
public record InpcrdFile(String source, String title, double[] positionsNm, Optional<double[]> velocities,
                         Optional<double[]> box) {
    /** AMBER velocity unit: Å per (1/20.455) ps. */
    public static final double VELOCITY_SCALE = 20.455;

    public int numAtoms() {
        return positionsNm.length / 3;
    }

    /** Fails with BadInputException naming this file when it does not hold {@code expected} atoms. */
    public void requireNumAtoms(int expected, String otherSource) {
        if (numAtoms() != expected) {
            throw new BadInputException(source, "line 2", "has " + numAtoms() + " atoms but " + otherSource
                    + " has " + expected + ": the coordinate file does not belong to this topology");
        }
    }

    public static InpcrdFile read(Path file) {
        List<String> lines;
        try {
            lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new BadInputException(file, "", "cannot read coordinate file: " + e.getMessage(), e);
        }
        return parse(lines, file.toString());
    }

    /** Parses the lines of an inpcrd file; {@code source} names it in messages. */
    public static InpcrdFile parse(List<String> linesIn, String source) {
        List<String> lines = new ArrayList<>(linesIn);
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.size() < 3) {
            throw new BadInputException(source, "", "too short for an AMBER coordinate file (" + lines.size() + " lines)");
        }
        String[] words = lines.get(1).trim().split("\\s+");
        int natom;
        try {
            natom = Integer.parseInt(words[0]);
        } catch (NumberFormatException e) {
            throw new BadInputException(source, "line 2", "expected the atom count, found '" + lines.get(1).trim() + "'", e);
        }
        if (natom < 1) {
            throw new BadInputException(source, "line 2", "atom count must be positive: " + natom);
        }
        int coordLines = (natom + 1) / 2;
        int extra = lines.size() - 2 - coordLines;
        boolean hasVel;
        boolean hasBox;
        if (extra == 0) {
            hasVel = hasBox = false;
        } else if (extra == coordLines + 1) {
            hasVel = hasBox = true;
        } else if (extra == 1 && coordLines == 1) {
            // 1 or 2 atoms: one extra line is velocities or a box; a box has edges of tens of Å
            double[] v = fields(lines.get(lines.size() - 1), source, lines.size());
            hasBox = v.length == 6 && (natom == 1 || v[0] >= 60.0);
            hasVel = !hasBox;
        } else if (extra == 1) {
            hasVel = false;
            hasBox = true;
        } else if (extra == coordLines) {
            hasVel = true;
            hasBox = false;
        } else {
            throw new BadInputException(source, "line " + lines.size(), lines.size() + " lines do not fit " + natom
                    + " atoms (expected " + (2 + coordLines) + " lines of title, count and positions, plus "
                    + "optional velocities and box): truncated file or wrong atom count?");
        }
        double[] pos = block(lines, 2, natom, source, 0.1);
        Optional<double[]> vel = hasVel
                ? Optional.of(block(lines, 2 + coordLines, natom, source, 0.1 * VELOCITY_SCALE)) : Optional.empty();
        Optional<double[]> box = Optional.empty();
        if (hasBox) {
            double[] b = fields(lines.get(lines.size() - 1), source, lines.size());
            if (b.length < 3) {
                throw new BadInputException(source, "line " + lines.size(), "box line needs at least 3 numbers");
            }
            double[] out = {b[0] * 0.1, b[1] * 0.1, b[2] * 0.1, 90, 90, 90};
            for (int i = 3; i < Math.min(6, b.length); i++) {
                out[i] = b[i];
            }
            box = Optional.of(out);
        }
        return new InpcrdFile(source, lines.get(0).trim(), pos, vel, box);
    }

    private static double[] block(List<String> lines, int start, int natom, String source, double scale) {
        double[] out = new double[3 * natom];
        int n = 0;
        for (int l = start; n < out.length; l++) {
            double[] v = fields(lines.get(l), source, l + 1);
            int want = Math.min(6, out.length - n);
            if (v.length < want) {
                throw new BadInputException(source, "line " + (l + 1), "expected " + want + " numbers, found " + v.length);
            }
            for (int i = 0; i < want; i++) {
                out[n++] = v[i] * scale;
            }
        }
        return out;
    }

    /** The 12-character fields of a line as numbers. */
    private static double[] fields(String line, String source, int lineNo) {
        String s = line.stripTrailing();
        int count = (s.length() + 11) / 12;
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            String f = s.substring(12 * i, Math.min(s.length(), 12 * i + 12)).trim();
            try {
                v[i] = Double.parseDouble(f);
            } catch (NumberFormatException e) {
                throw new BadInputException(source, "line " + lineNo, "'" + f + "' is not a number", e);
            }
            if (!Double.isFinite(v[i])) {
                throw new BadInputException(source, "line " + lineNo, "non-finite value '" + f + "'");
            }
        }
        return v;
    }
}
