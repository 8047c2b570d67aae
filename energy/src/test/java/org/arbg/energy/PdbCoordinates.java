package org.arbg.energy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the x, y, z columns of ATOM/HETATM records (Å) as a flat array in nm. Not a PDB reader. */
public final class PdbCoordinates {
    private PdbCoordinates() {
    }

    public static double[] readNm(Path pdb) throws IOException {
        List<Double> xyz = new ArrayList<>();
        for (String line : Files.readAllLines(pdb)) {
            if (line.startsWith("ATOM") || line.startsWith("HETATM")) {
                String padded = String.format("%-54s", line);
                for (int c = 30; c < 54; c += 8) {
                    xyz.add(Double.parseDouble(padded.substring(c, c + 8).trim()) * 0.1);
                }
            }
        }
        return xyz.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
