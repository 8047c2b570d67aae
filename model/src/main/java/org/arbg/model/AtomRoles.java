package org.arbg.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arbg.adapters.ic.TokenInfo;

/**
 * Vocabulary of atom roles, "residueName:atomName" (e.g. "ALA:CB"), in order of first appearance. A role
 * is what an atom is chemically, independent of where the peptide puts it, so a later transferable model
 * can share role embeddings across peptides.
 */
public final class AtomRoles {
    private final List<String> names;
    private final Map<String, Integer> ids = new HashMap<>();

    private AtomRoles(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            if (ids.put(this.names.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate role " + this.names.get(i));
            }
        }
    }

    /** The roles of these tokens, in order of first appearance. */
    public static AtomRoles of(List<TokenInfo> tokens) {
        List<String> names = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TokenInfo t : tokens) {
            if (seen.add(key(t))) {
                names.add(key(t));
            }
        }
        return new AtomRoles(names);
    }

    /** A stored vocabulary. */
    public static AtomRoles fromNames(List<String> names) {
        return new AtomRoles(names);
    }

    /** "ALA:CB". */
    public static String key(TokenInfo t) {
        return t.residueName() + ":" + t.atomName();
    }

    /** The vocabulary, index = role id. */
    public List<String> names() {
        return names;
    }

    /** Vocabulary size. */
    public int size() {
        return names.size();
    }

    /** Role id of a token. */
    public int id(TokenInfo t) {
        Integer id = ids.get(key(t));
        if (id == null) {
            throw new IllegalArgumentException("atom role " + key(t) + " is not in the model's vocabulary");
        }
        return id;
    }
}
