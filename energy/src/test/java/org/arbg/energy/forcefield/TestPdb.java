package org.arbg.energy.forcefield;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyBuilder;

/**
 * Test-only PDB reading: atoms, residues and chains from ATOM/HETATM records (waters dropped), positions in
 * nm, and bonds taken from a reference JSON file that OpenMM wrote (so connectivity is independent data, not
 * something this module or the adapters' PDB reader computes). ForceFieldPdbReaderTest covers the real reader.
 */
final class TestPdb {
    private TestPdb() {
    }

    static Path testData(String relative) {
        String root = Objects.requireNonNull(System.getProperty("arbg.testData"), "arbg.testData (surefire sets it)");
        return Path.of(root).resolve(relative);
    }

    /** Reads a PDB; {@code rename} may rewrite each residue name (for tests of failing matches). */
    static Structure read(Path pdb, List<int[]> bonds, UnaryOperator<String> rename) throws IOException {
        TopologyBuilder b = new TopologyBuilder();
        List<Double> xyz = new ArrayList<>();
        String lastChain = null;
        String lastResidue = null;
        for (String line : Files.readAllLines(pdb)) {
            if (!(line.startsWith("ATOM") || line.startsWith("HETATM"))) {
                if (line.startsWith("TER")) {
                    lastChain = null;
                }
                continue;
            }
            String padded = String.format("%-80s", line);
            String resName = padded.substring(17, 21).trim();
            if (resName.equals("HOH")) {
                continue;
            }
            String chain = padded.substring(21, 22).trim();
            String resKey = padded.substring(17, 27);
            if (!chain.equals(lastChain)) {
                b.addChain(chain);
                lastChain = chain;
                lastResidue = null;
            }
            if (!resKey.equals(lastResidue)) {
                b.addResidue(rename.apply(resName), Integer.parseInt(padded.substring(22, 26).trim()),
                        padded.substring(26, 27).trim());
                lastResidue = resKey;
            }
            String name = padded.substring(12, 16).trim();
            String symbol = padded.substring(76, 78).trim();
            if (symbol.isEmpty()) {
                symbol = name.replaceAll("^[0-9]+", "").substring(0, 1);
            }
            b.addAtom(name, Element.bySymbol(symbol).orElseThrow());
            for (int k = 0; k < 3; k++) {
                xyz.add(Double.parseDouble(padded.substring(30 + 8 * k, 38 + 8 * k).trim()) / 10.0);
            }
        }
        for (int[] bond : bonds) {
            b.addBond(bond[0], bond[1]);
        }
        Topology top = b.build();
        return new Structure(top, xyz.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The "bonds" array of a reference JSON file. */
    static List<int[]> referenceBonds(Path json) throws IOException {
        String text = Files.readString(json);
        int start = text.indexOf("\"bonds\"");
        Matcher m = Pattern.compile("\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]").matcher(text.substring(start));
        List<int[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        return out;
    }

    /** Energy (kJ/mol) of each force type in a reference JSON file, in force-group order. */
    static List<String[]> referenceEnergies(Path json) throws IOException {
        Matcher m = Pattern.compile("\"force\":\\s*\"(\\w+)\",\\s*\"energyKJPerMol\":\\s*([-0-9.eE+]+)")
                .matcher(Files.readString(json));
        List<String[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }
}
