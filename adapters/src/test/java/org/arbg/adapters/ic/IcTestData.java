package org.arbg.adapters.ic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.arbg.adapters.TestData;
import org.arbg.adapters.topology.Bond;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyBuilder;

/**
 * Test inputs built by hand until the PDB and trajectory readers exist: a minimal fixed-column ATOM parse,
 * bonds from the OpenMM-made lists in test-data/reference, or by distance for heavy-atom structures.
 */
final class IcTestData {
    private IcTestData() {
    }

    /** frame0 alanine dipeptide (22 atoms) with OpenMM's template bonds; positions of the first model. */
    static Structure aldp() {
        return withBonds(parsePdb(TestData.path("trajectories/frame0.pdb")),
                readBonds(TestData.path("reference/frame0.bonds")));
    }

    /** All 501 frames of trajectories/frame0.pdb, nm. */
    static double[] aldpFrames() {
        return allModels(TestData.path("trajectories/frame0.pdb"), 22);
    }

    /** CLN025 with OpenMM-added hydrogens (166 atoms) and its template bonds. */
    static Structure chignolin() {
        return withBonds(parsePdb(TestData.path("reference/cln025-hydrogens.pdb")),
                readBonds(TestData.path("reference/cln025-hydrogens.bonds")));
    }

    /** CLN025 heavy atoms (5AWL, waters dropped), bonded by a 1.9 Å distance cutoff. */
    static Structure chignolinHeavyByDistance() {
        Structure s = parsePdb(TestData.path("structures/5awl-cln025-heavy-atoms.pdb"));
        double[] x = s.positionsNm();
        List<Bond> bonds = new ArrayList<>();
        int n = s.topology().numAtoms();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dx = x[3 * i] - x[3 * j], dy = x[3 * i + 1] - x[3 * j + 1], dz = x[3 * i + 2] - x[3 * j + 2];
                if (dx * dx + dy * dy + dz * dz < 0.19 * 0.19) {
                    bonds.add(new Bond(i, j));
                }
            }
        }
        return new Structure(s.topology().withBonds(bonds), x);
    }

    static Structure withBonds(Structure s, List<Bond> bonds) {
        return new Structure(s.topology().withBonds(bonds), s.positionsNm());
    }

    /** First model of a PDB file, fixed columns, no waters (HOH); Å → nm. */
    static Structure parsePdb(Path path) {
        TopologyBuilder b = new TopologyBuilder();
        List<Double> xyz = new ArrayList<>();
        String lastChain = null;
        String lastResidue = null;
        for (String line : lines(path)) {
            if (line.startsWith("ENDMDL") || line.startsWith("END ") || line.equals("END")) {
                break;
            }
            if (!line.startsWith("ATOM") && !line.startsWith("HETATM")) {
                continue;
            }
            String name = line.substring(12, 16).trim();
            String resName = line.substring(17, 20).trim();
            if (resName.equals("HOH")) {
                continue;
            }
            String chain = line.substring(21, 22);
            String resKey = line.substring(17, 27);
            if (!chain.equals(lastChain)) {
                b.addChain(chain);
                lastChain = chain;
                lastResidue = null;
            }
            if (!resKey.equals(lastResidue)) {
                b.addResidue(resName, Integer.parseInt(line.substring(22, 26).trim()), line.substring(26, 27));
                lastResidue = resKey;
            }
            String sym = line.length() >= 78 ? line.substring(76, 78).trim() : "";
            if (sym.isEmpty()) {
                sym = name.replaceAll("[0-9]", "").substring(0, 1);
            }
            b.addAtom(name, Element.bySymbol(sym).orElseThrow());
            for (int c = 0; c < 3; c++) {
                xyz.add(Double.parseDouble(line.substring(30 + 8 * c, 38 + 8 * c).trim()) / 10);
            }
        }
        Topology t = b.build();
        return new Structure(t, xyz.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Positions of every MODEL of a multi-model PDB (numAtoms atoms each), nm. */
    static double[] allModels(Path path, int numAtoms) {
        List<Double> xyz = new ArrayList<>();
        for (String line : lines(path)) {
            if (line.startsWith("ATOM") || line.startsWith("HETATM")) {
                for (int c = 0; c < 3; c++) {
                    xyz.add(Double.parseDouble(line.substring(30 + 8 * c, 38 + 8 * c).trim()) / 10);
                }
            }
        }
        if (xyz.size() % (3 * numAtoms) != 0) {
            throw new IllegalStateException(path + ": " + xyz.size() / 3 + " atoms is not a multiple of " + numAtoms);
        }
        return xyz.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static List<Bond> readBonds(Path path) {
        List<Bond> bonds = new ArrayList<>();
        for (String line : lines(path)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.trim().split("\\s+");
                bonds.add(new Bond(Integer.parseInt(f[0]), Integer.parseInt(f[1])));
            }
        }
        return bonds;
    }

    /** numFrames copies of x with independent Gaussian noise of the given size (nm) on every coordinate. */
    static double[] perturbed(double[] x, int numFrames, double sigmaNm, long seed) {
        Random rng = new Random(seed);
        double[] out = new double[x.length * numFrames];
        for (int f = 0; f < numFrames; f++) {
            for (int i = 0; i < x.length; i++) {
                out[f * x.length + i] = x[i] + sigmaNm * rng.nextGaussian();
            }
        }
        return out;
    }

    static double[] frame(double[] frames, int numAtoms, int f) {
        double[] out = new double[3 * numAtoms];
        System.arraycopy(frames, f * 3 * numAtoms, out, 0, out.length);
        return out;
    }

    private static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
