package org.arbg.adapters.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.arbg.adapters.BadInputException;

/**
 * Parses a peptide sequence written as residue names separated by blanks or dashes, with {@code NAME*k}
 * repeating a residue k times: {@code "ACE ALA ALA ALA NME"}, {@code "ACE ALA*3 NME"}, {@code "ALA*6"}.
 * Names are OpenMM's residue-template names (three letters, caps ACE and NME); an uncapped chain is
 * zwitterionic (NH3+ and COO−, OpenMM's NALA/CALA force-field variants).
 */
public final class PeptideSequence {
    /** Longest accepted chain: the builder is for benchmark-sized peptides. */
    public static final int MAX_RESIDUES = 1000;

    private PeptideSequence() {
    }

    /**
     * @return residue names, upper case, in N→C order
     * @throws BadInputException for an empty sequence, a bad repeat count or more than {@link #MAX_RESIDUES}
     */
    public static List<String> parse(String sequence) {
        List<String> out = new ArrayList<>();
        for (String token : sequence.trim().split("[\\s,\\-]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String name = token;
            int count = 1;
            int star = token.indexOf('*');
            if (star >= 0) {
                name = token.substring(0, star);
                try {
                    count = Integer.parseInt(token.substring(star + 1));
                } catch (NumberFormatException e) {
                    count = -1;
                }
                if (count < 1 || name.isEmpty()) {
                    throw new BadInputException("sequence", "'" + token + "'", "a repeat is NAME*k with k >= 1");
                }
            }
            for (int i = 0; i < count && out.size() <= MAX_RESIDUES; i++) {
                out.add(name.toUpperCase(Locale.ROOT));
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException("sequence", "", "no residues in '" + sequence + "'");
        }
        if (out.size() > MAX_RESIDUES) {
            throw new BadInputException("sequence", "", "more than " + MAX_RESIDUES + " residues");
        }
        return List.copyOf(out);
    }
}
