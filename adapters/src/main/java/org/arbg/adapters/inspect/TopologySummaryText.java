package org.arbg.adapters.inspect;

import java.util.List;

/** Plain-text rendering of a {@link TopologySummary}, for {@code arbg inspect}. */
public final class TopologySummaryText {
    private TopologySummaryText() {
    }

    /** Several lines, each ending with a newline. */
    public static String render(TopologySummary s) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("atoms %d (heavy %d), bonds %d, residues %d, chains %d%n", s.atoms(),
                s.heavyAtoms(), s.bonds(), s.residues().size(), s.chains().size()));
        out.append("chains: ").append(String.join(", ", s.chains().stream()
                .map(c -> c.isEmpty() ? "(no id)" : c).toList())).append('\n');
        out.append("residues:\n");
        for (int i = 0; i < s.residues().size(); i++) {
            String t = s.templates().get(i);
            out.append("  ").append(s.residues().get(i)).append(t.isEmpty() ? "" : "  template " + t).append('\n');
        }
        if (!s.bondedByDistance().isEmpty()) {
            out.append("bonded by distance (no template): ").append(String.join(", ", s.bondedByDistance()))
                    .append('\n');
        }
        out.append("chiral centres: ").append(s.chiralCentres().size()).append('\n');
        for (ChiralCentre c : s.chiralCentres()) {
            out.append(String.format("  %s  %s  handedness %+d%n", c.description(), c.label(), c.handedness()));
        }
        appendList(out, "warnings", s.warnings());
        return out.toString();
    }

    private static void appendList(StringBuilder out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.append(title).append(":\n");
            items.forEach(w -> out.append("  ").append(w).append('\n'));
        }
    }
}
