package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Streams the coordinates of a PDB file: one frame per MODEL/ENDMDL block (ENDMDL alone also ends a frame), or the
 * whole file as one frame. Only ATOM/HETATM coordinates (columns 31-54, Å) and CRYST1 are read; topology is the job
 * of the structure readers. Lines may be shorter than 80 columns. Every model must have the first model's atom
 * count.
 */
public final class PdbTrajectoryReader implements TrajectoryReader {
    private static final double NM_PER_ANGSTROM = 0.1;

    private final Path path;
    private final BufferedReader in;
    private final int numAtoms;
    private double[] pending;
    private UnitCell pendingCell;
    private double[] scratch = new double[3 * 64];
    private UnitCell cell;
    private UnitCell currentCell;
    private long lineNumber;
    private int framesRead;
    private boolean eof;

    private PdbTrajectoryReader(Path path, BufferedReader in) throws IOException {
        this.path = path;
        this.in = in;
        int n = nextModel();
        if (n < 0) {
            throw new BadInputException(path, "", "no ATOM or HETATM records");
        }
        this.numAtoms = n;
        this.pending = Arrays.copyOf(scratch, 3 * n);
        this.pendingCell = currentCell;
    }

    /** Opens the file and reads its first model (to learn the atom count). */
    public static PdbTrajectoryReader open(Path path) throws IOException {
        BufferedReader in = Files.newBufferedReader(path, StandardCharsets.ISO_8859_1);
        try {
            return new PdbTrajectoryReader(path, in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public int numAtoms() {
        return numAtoms;
    }

    @Override
    public int framesRead() {
        return framesRead;
    }

    @Override
    public Optional<UnitCell> unitCell() {
        return Optional.ofNullable(cell);
    }

    @Override
    public boolean readFrame(double[] positionsNm) throws IOException {
        FrameChecks.checkBuffer(positionsNm, numAtoms);
        if (pending != null) {
            System.arraycopy(pending, 0, positionsNm, 0, 3 * numAtoms);
            cell = pendingCell;
            pending = null;
            framesRead++;
            return true;
        }
        long startLine = lineNumber + 1;
        int n = nextModel();
        if (n < 0) {
            return false;
        }
        if (n != numAtoms) {
            throw new BadInputException(path, "model " + framesRead + " (ending at line " + lineNumber + ")",
                    "has " + n + " atoms but the first model has " + numAtoms + " (starting near line "
                            + startLine + ")");
        }
        System.arraycopy(scratch, 0, positionsNm, 0, 3 * numAtoms);
        cell = currentCell;
        framesRead++;
        return true;
    }

    /** Reads atom lines up to the end of the next non-empty model into scratch; returns its atom count or -1. */
    private int nextModel() throws IOException {
        int count = 0;
        while (!eof) {
            String line = in.readLine();
            if (line == null) {
                eof = true;
                break;
            }
            lineNumber++;
            if (line.startsWith("ATOM  ") || line.startsWith("HETATM")) {
                if (3 * count + 3 > scratch.length) {
                    scratch = Arrays.copyOf(scratch, 2 * scratch.length);
                }
                scratch[3 * count] = coordinate(line, 30, 38, 'x');
                scratch[3 * count + 1] = coordinate(line, 38, 46, 'y');
                scratch[3 * count + 2] = coordinate(line, 46, 54, 'z');
                count++;
            } else if (line.startsWith("CRYST1")) {
                currentCell = parseCryst1(line);
            } else if (line.startsWith("ENDMDL") || line.startsWith("END") && line.strip().equals("END")) {
                if (count > 0) {
                    return count;
                }
            } else if (line.startsWith("MODEL") && count > 0) {
                // a MODEL record without the previous ENDMDL still starts a new frame
                return count;
            }
        }
        return count > 0 ? count : -1;
    }

    private double coordinate(String line, int from, int to, char axis) {
        if (line.length() <= from) {
            throw new BadInputException(path, "line " + lineNumber, "ATOM/HETATM line ends before the "
                    + axis + " coordinate (columns " + (from + 1) + "-" + to + ")");
        }
        String field = line.substring(from, Math.min(to, line.length())).strip();
        double v;
        try {
            v = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new BadInputException(path, "line " + lineNumber, "bad " + axis + " coordinate '" + field
                    + "' in columns " + (from + 1) + "-" + to);
        }
        if (!Double.isFinite(v)) {
            throw new BadInputException(path, "line " + lineNumber, axis + " coordinate is " + field);
        }
        return v * NM_PER_ANGSTROM;
    }

    private UnitCell parseCryst1(String line) {
        try {
            double a = Double.parseDouble(field(line, 6, 15));
            double b = Double.parseDouble(field(line, 15, 24));
            double c = Double.parseDouble(field(line, 24, 33));
            double alpha = Double.parseDouble(field(line, 33, 40));
            double beta = Double.parseDouble(field(line, 40, 47));
            double gamma = Double.parseDouble(field(line, 47, 54));
            if (a == 0 && b == 0 && c == 0) {
                return null;
            }
            if (!(a > 0 && b > 0 && c > 0 && a < 1e7 && b < 1e7 && c < 1e7 && alpha > 0 && alpha < 180
                    && beta > 0 && beta < 180 && gamma > 0 && gamma < 180)) {
                throw new BadInputException(path, "line " + lineNumber, "invalid CRYST1 cell: " + line.strip());
            }
            return new UnitCell(a * NM_PER_ANGSTROM, b * NM_PER_ANGSTROM, c * NM_PER_ANGSTROM, alpha, beta, gamma);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new BadInputException(path, "line " + lineNumber, "cannot read CRYST1 record: " + line.strip());
        }
    }

    private static String field(String line, int from, int to) {
        return line.substring(from, Math.min(to, line.length())).strip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
