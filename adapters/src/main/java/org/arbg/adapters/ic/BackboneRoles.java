package org.arbg.adapters.ic;

import java.util.Map;
import java.util.Set;

/**
 * Recognises peptide backbone atoms by residue and atom name, with the aliases of OpenMM's pdbNames.xml
 * (AMBER, CHARMM and old PDB names), and ranks them in N→C placement order within their residue.
 */
final class BackboneRoles {
    /** Rank of each backbone atom name of an amino-acid residue (one that has N, CA and C). */
    private static final Map<String, Integer> AMINO_ACID = Map.of(
            "N", 0, "CA", 1, "C", 2, "O", 3, "OT1", 3, "O1", 3, "OXT", 4, "OT2", 4, "O2", 4);
    /** Acetyl cap: methyl, carbonyl C, O. */
    private static final Map<String, Integer> ACE = Map.of(
            "CH3", 0, "CAY", 0, "CA", 0, "C", 1, "CY", 1, "O", 2, "OY", 2);
    /** N-methyl amide cap: N, methyl. */
    private static final Map<String, Integer> NME = Map.of(
            "N", 0, "NT", 0, "C", 1, "CH3", 1, "CT", 1, "CAT", 1, "CA", 1);
    /** C-terminal amide cap. */
    private static final Map<String, Integer> NH2 = Map.of("N", 0, "NT", 0);

    private BackboneRoles() {
    }

    /**
     * The rank of an atom in its residue's backbone (0 = placed first), or −1 if it is not a backbone atom.
     *
     * @param residueName   residue name as in the topology
     * @param atomName      atom name
     * @param residueAtoms  the names of all atoms of the residue (an amino acid must have N, CA and C)
     */
    static int rank(String residueName, String atomName, Set<String> residueAtoms) {
        Map<String, Integer> roles = switch (residueName) {
            case "ACE" -> ACE;
            case "NME", "NMA" -> NME;
            case "NH2" -> NH2;
            default -> residueAtoms.contains("N") && residueAtoms.contains("CA") && residueAtoms.contains("C")
                    ? AMINO_ACID : Map.of();
        };
        return roles.getOrDefault(atomName, -1);
    }
}
