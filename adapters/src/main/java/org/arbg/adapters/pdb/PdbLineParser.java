package org.arbg.adapters.pdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arbg.adapters.BadInputException;

/**
 * Reads the ATOM/HETATM records of the first model of a PDB file by their fixed columns.
 *
 * <p>Why not BioJava's PDBFileReader (7.2.4): it keeps no source line per atom (every error here must name
 * one), accepts "NaN" coordinates silently, tries to download chemical-component definitions from RCSB for
 * each residue name unless reconfigured, and reads END-separated frames as extra chains. The PDB ATOM format
 * is a fixed-column layout, so reading it directly is short and exact. CRYST1, TER, MODEL/ENDMDL and END are
 * honoured; ANISOU, CONECT, REMARK and all other records are ignored.
 */
final class PdbLineParser {
    /** The atom records of the first model and the box, if a CRYST1 record gave one. */
    record Parsed(List<PdbAtomLine> atoms, Optional<double[]> boxNm) {
    }

    private PdbLineParser() {
    }

    static Parsed parse(Path file) {
        List<String> lines;
        try {
            // ISO-8859-1 maps every byte, so a stray non-ASCII byte in a REMARK cannot abort the read.
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new BadInputException(file, "", "cannot read the file: " + e.getMessage(), e);
        }
        List<PdbAtomLine> atoms = new ArrayList<>();
        Optional<double[]> box = Optional.empty();
        boolean afterTer = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = i + 1;
            if (line.startsWith("ATOM  ") || line.startsWith("HETATM")) {
                atoms.add(atomLine(file, line, lineNumber, atoms.size(), afterTer));
                afterTer = false;
            } else if (line.startsWith("TER")) {
                afterTer = true;
            } else if (line.startsWith("CRYST1") && box.isEmpty()) {
                box = Optional.of(box(file, line, lineNumber));
            } else if (line.startsWith("ENDMDL") || line.startsWith("END") && !atoms.isEmpty()) {
                break; // first model only: later models or END-separated frames are trajectory data
            }
        }
        if (atoms.isEmpty()) {
            throw new BadInputException(file, "", "no ATOM or HETATM records: not a PDB structure, or truncated");
        }
        return new Parsed(List.copyOf(atoms), box);
    }

    private static PdbAtomLine atomLine(Path file, String raw, int lineNumber, int recordIndex, boolean afterTer) {
        String where = "line " + lineNumber;
        if (raw.length() < 54) {
            throw new BadInputException(file, where, "the " + raw.substring(0, 6).trim() + " record ends at column "
                    + raw.length() + ", before the end of its coordinates (columns 31-54); the file may be truncated");
        }
        String line = raw.length() < 80 ? String.format("%-80s", raw) : raw;
        String name = line.substring(12, 16).trim();
        if (name.isEmpty()) {
            throw new BadInputException(file, where, "the atom name (columns 13-16) is blank");
        }
        String residueName = line.substring(17, 20).trim();
        char fourth = line.charAt(20);
        if (fourth != ' ') {
            // Some MD codes (GROMACS ffamber) put a 4th residue-name letter in column 21, as OpenMM accepts.
            if (residueName.length() != 3) {
                throw new BadInputException(file, where, "misaligned residue name '" + line.substring(17, 21)
                        + "' (columns 18-21)");
            }
            residueName += fourth;
        }
        if (residueName.isEmpty()) {
            throw new BadInputException(file, where, "the residue name (columns 18-20) is blank");
        }
        double x = coordinate(file, line, where, 30, "x");
        double y = coordinate(file, line, where, 38, "y");
        double z = coordinate(file, line, where, 46, "z");
        return new PdbAtomLine(lineNumber, recordIndex, serial(line, recordIndex), name, line.charAt(16),
                residueName, line.substring(21, 22).trim(), residueNumber(file, line, where),
                line.substring(26, 27).trim(), x, y, z, line.substring(76, 78).trim(), afterTer);
    }

    private static int serial(String line, int recordIndex) {
        String s = line.substring(6, 11).trim();
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            try {
                return Integer.parseInt(s, 16); // VMD writes hexadecimal serials past 99999
            } catch (NumberFormatException e2) {
                return recordIndex + 1; // the serial is informational; OpenMM numbers such atoms on as well
            }
        }
    }

    private static int residueNumber(Path file, String line, String where) {
        String s = line.substring(22, 26).trim();
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            try {
                return Integer.parseInt(s, 16); // VMD writes hexadecimal residue numbers past 9999
            } catch (NumberFormatException e2) {
                throw new BadInputException(file, where, "the residue number '" + s
                        + "' (columns 23-26) is not an integer");
            }
        }
    }

    private static double coordinate(Path file, String line, String where, int start, String axis) {
        String s = line.substring(start, start + 8).trim();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new BadInputException(file, where, "the " + axis + " coordinate '" + s + "' (columns "
                    + (start + 1) + "-" + (start + 8) + ") is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new BadInputException(file, where, "the " + axis + " coordinate is " + s
                    + "; every coordinate must be a finite number");
        }
        return v;
    }

    private static double[] box(Path file, String raw, int lineNumber) {
        String line = String.format("%-54s", raw);
        double[] box = new double[3];
        for (int k = 0; k < 3; k++) {
            String s = line.substring(6 + 9 * k, 15 + 9 * k).trim();
            try {
                box[k] = Double.parseDouble(s) / 10.0; // Å to nm
            } catch (NumberFormatException e) {
                throw new BadInputException(file, "line " + lineNumber, "the CRYST1 box length '" + s
                        + "' is not a number");
            }
            if (!(box[k] > 0) || !Double.isFinite(box[k])) {
                throw new BadInputException(file, "line " + lineNumber, "the CRYST1 box length '" + s
                        + "' must be positive and finite");
            }
        }
        return box;
    }
}
