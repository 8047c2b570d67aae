package org.arbg.adapters.pdb;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.arbg.adapters.TestData;
import org.arbg.adapters.topology.Bond;

/** A structure's atoms and bonds as OpenMM's own PDBFile made them (test-data/reference/bonds, see README). */
record OpenMmReference(List<String> atomLines, TreeSet<Bond> bonds) {
    static OpenMmReference load(String name) throws IOException {
        List<String> atoms = new ArrayList<>();
        TreeSet<Bond> bonds = new TreeSet<>();
        for (String line : Files.readAllLines(TestData.path("reference/bonds/" + name + ".tsv"))) {
            String[] f = line.split("\t");
            if (f[0].equals("atom")) {
                // index, name, element, residue name, residue number
                atoms.add(String.join(" ", f[1], f[2], f[3], f[4], f[5]));
            } else if (f[0].equals("bond")) {
                bonds.add(new Bond(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
            }
        }
        return new OpenMmReference(atoms, bonds);
    }
}
