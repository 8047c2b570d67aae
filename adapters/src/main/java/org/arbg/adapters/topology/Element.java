package org.arbg.adapters.topology;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Chemical elements found in biomolecular simulations, with standard atomic masses (amu, as OpenMM's app layer). */
public enum Element {
    H("H", 1, 1.007947),
    C("C", 6, 12.01078),
    N("N", 7, 14.00672),
    O("O", 8, 15.99943),
    F("F", 9, 18.9984032),
    NA("Na", 11, 22.989769282),
    MG("Mg", 12, 24.30506),
    P("P", 15, 30.9737622),
    S("S", 16, 32.0655),
    CL("Cl", 17, 35.4532),
    K("K", 19, 39.09831),
    CA("Ca", 20, 40.0784),
    FE("Fe", 26, 55.8452),
    ZN("Zn", 30, 65.4094),
    BR("Br", 35, 79.9041),
    I("I", 53, 126.904473);

    private static final Map<String, Element> BY_SYMBOL = new HashMap<>();
    private static final Map<Integer, Element> BY_NUMBER = new HashMap<>();

    static {
        for (Element e : values()) {
            BY_SYMBOL.put(e.symbol.toUpperCase(Locale.ROOT), e);
            BY_NUMBER.put(e.atomicNumber, e);
        }
    }

    private final String symbol;
    private final int atomicNumber;
    private final double massAmu;

    Element(String symbol, int atomicNumber, double massAmu) {
        this.symbol = symbol;
        this.atomicNumber = atomicNumber;
        this.massAmu = massAmu;
    }

    public String symbol() {
        return symbol;
    }

    public int atomicNumber() {
        return atomicNumber;
    }

    /** Standard atomic mass in amu (g/mol). */
    public double massAmu() {
        return massAmu;
    }

    /** The element with this symbol, case-insensitive ("CL", "Cl"), if arbg knows it. */
    public static Optional<Element> bySymbol(String symbol) {
        return symbol == null ? Optional.empty()
                : Optional.ofNullable(BY_SYMBOL.get(symbol.trim().toUpperCase(Locale.ROOT)));
    }

    /** The element with this atomic number, if arbg knows it. */
    public static Optional<Element> byAtomicNumber(int atomicNumber) {
        return Optional.ofNullable(BY_NUMBER.get(atomicNumber));
    }
}
