package org.arbg.adapters.amber;

import java.util.List;
import java.util.Objects;

/**
 * One {@code %FLAG} section of a prmtop file: its raw items (fixed-width fields, trimmed) in file order.
 *
 * @param flag      the flag name, e.g. "CHARGE"
 * @param format    the section's %FORMAT
 * @param flagLine  1-based line number of the %FLAG line (for messages)
 * @param items     trimmed fixed-width fields
 * @param itemLines 1-based line number of each item (for messages)
 */
public record PrmtopSection(String flag, PrmtopFormat format, int flagLine, List<String> items, int[] itemLines) {
    public PrmtopSection {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(format, "format");
        items = List.copyOf(items);
        if (itemLines.length != items.size()) {
            throw new IllegalArgumentException("one line number per item");
        }
    }

    public int size() {
        return items.size();
    }

    /** "line 12 (%FLAG CHARGE)": where item {@code i} is, for messages. */
    public String place(int i) {
        int line = i >= 0 && i < itemLines.length ? itemLines[i] : flagLine;
        return "line " + line + " (%FLAG " + flag + ")";
    }
}
