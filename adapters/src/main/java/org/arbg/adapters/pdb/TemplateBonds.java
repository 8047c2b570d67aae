package org.arbg.adapters.pdb;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arbg.adapters.templates.ResidueTemplate;
import org.arbg.adapters.templates.TemplateBond;
import org.arbg.adapters.topology.Bond;

/** Bonds from residue templates, as OpenMM's Topology.createStandardBonds and createDisulfideBonds make them. */
final class TemplateBonds {
    /** A template bond between residues longer than this (nm) suggests a chain break; a peptide bond is 0.133. */
    private static final double LONG_LINK_NM = 0.25;
    /** OpenMM pairs disulfide sulfurs closer than this (nm). */
    private static final double DISULFIDE_NM = 0.3;

    private TemplateBonds() {
    }

    /**
     * Adds the bonds of each templated residue of one chain, including those to its neighbours in the chain
     * ("-C" to "N"); an end whose atom is absent is skipped, as in OpenMM.
     *
     * @param atomMaps  per residue of the chain, standardised atom name to atom index
     * @param templates per residue of the chain, its template if it has one
     */
    static void addChainBonds(List<Map<String, Integer>> atomMaps, List<Optional<ResidueTemplate>> templates,
                              double[] positionsNm, Set<Bond> bonds, List<String> warnings,
                              java.util.function.IntFunction<String> describe) {
        for (int i = 0; i < atomMaps.size(); i++) {
            if (templates.get(i).isEmpty()) {
                continue;
            }
            for (TemplateBond b : templates.get(i).get().bonds()) {
                Integer a1 = atom(atomMaps, i + b.offset1(), b.atom1());
                Integer a2 = atom(atomMaps, i + b.offset2(), b.atom2());
                if (a1 == null || a2 == null) {
                    continue;
                }
                bonds.add(new Bond(a1, a2));
                double d = distance(positionsNm, a1, a2);
                if (!b.isInternal() && d > LONG_LINK_NM) {
                    warnings.add(String.format("bond %s - %s is %.2f nm long: a chain break? End the chain with"
                            + " a TER record if the residues are not bonded", describe.apply(a1),
                            describe.apply(a2), d));
                }
            }
        }
    }

    /**
     * OpenMM's disulfide rule: each CYS with SG and no HG bonds its SG to the nearest such SG of an earlier
     * residue within 0.3 nm that has no disulfide yet.
     *
     * @param sulfurs the SG atom index of every CYS without HG, in residue order
     */
    static void addDisulfides(List<Integer> sulfurs, double[] positionsNm, Set<Bond> bonds) {
        boolean[] paired = new boolean[sulfurs.size()];
        for (int i = 0; i < sulfurs.size(); i++) {
            double best = DISULFIDE_NM;
            int partner = -1;
            for (int j = 0; j < i; j++) {
                double d = distance(positionsNm, sulfurs.get(i), sulfurs.get(j));
                if (d < best && !paired[j]) {
                    best = d;
                    partner = j;
                }
            }
            if (partner >= 0) {
                bonds.add(new Bond(sulfurs.get(i), sulfurs.get(partner)));
                paired[i] = true;
                paired[partner] = true;
            }
        }
    }

    private static Integer atom(List<Map<String, Integer>> atomMaps, int residue, String name) {
        return residue < 0 || residue >= atomMaps.size() ? null : atomMaps.get(residue).get(name);
    }

    static double distance(double[] xyz, int a, int b) {
        double dx = xyz[3 * a] - xyz[3 * b];
        double dy = xyz[3 * a + 1] - xyz[3 * b + 1];
        double dz = xyz[3 * a + 2] - xyz[3 * b + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
