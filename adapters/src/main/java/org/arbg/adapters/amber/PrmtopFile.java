package org.arbg.adapters.amber;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.arbg.adapters.BadInputException;

/**
 * A parsed AMBER prmtop (parm7) file: every %FLAG section as raw typed arrays, plus named accessors for the parts a
 * System needs. Arrays are in the file's own units and 1-based/×3 index conventions unless a method says otherwise;
 * {@link AmberTerms} decodes them into OpenMM units. Checked when read: every section the format requires is present
 * with the length the POINTERS imply, so a truncated file fails here with the flag and line.
 *
 * <p>CHAMBER files (CHARMM force fields in prmtop form, with a CTITLE section) are read; {@link #isChamber()} tells
 * builders to refuse them.
 */
public final class PrmtopFile {
    /** Charges in prmtop files are multiplied by this (18.2223 = sqrt(332.0522173), AMBER's Coulomb factor). */
    public static final double CHARGE_SCALE = 18.2223;

    // indices into %FLAG POINTERS
    static final int NATOM = 0, NTYPES = 1, NBONH = 2, MBONA = 3, NTHETH = 4, MTHETA = 5, NPHIH = 6, MPHIA = 7,
            NEXT = 10, NRES = 11, NBONA = 12, NTHETA = 13, NPHIA = 14, NUMBND = 15, NUMANG = 16, NPTRA = 17,
            IFPERT = 20, IFBOX = 27, IFCAP = 29;

    private final String source;
    private final String version;
    private final Map<String, PrmtopSection> sections;
    private final int[] pointers;

    PrmtopFile(String source, String version, Map<String, PrmtopSection> sections) {
        this.source = source;
        this.version = version;
        this.sections = Map.copyOf(sections);
        PrmtopSection p = require("POINTERS");
        if (p.size() < 30) {
            throw new BadInputException(source, p.place(p.size() - 1),
                    "POINTERS has " + p.size() + " values; at least 30 are required");
        }
        this.pointers = ints("POINTERS");
        PrmtopChecks.check(this);
    }

    /** Reads and checks a prmtop file. */
    public static PrmtopFile read(Path file) {
        return PrmtopReader.read(file);
    }

    /** Parses prmtop text; {@code source} names it in messages. */
    public static PrmtopFile parse(String text, String source) {
        return PrmtopReader.parse(text, source);
    }

    /** The file the data came from (for messages). */
    public String source() {
        return source;
    }

    /** The %VERSION line's text, or "" when absent. */
    public String version() {
        return version;
    }

    /** The flags present, e.g. "CHARGE", "RADII". */
    public Set<String> flags() {
        return sections.keySet();
    }

    public boolean has(String flag) {
        return sections.containsKey(flag);
    }

    /** A section; BadInputException naming the file when it is missing. */
    public PrmtopSection require(String flag) {
        PrmtopSection s = sections.get(flag);
        if (s == null) {
            throw new BadInputException(source, "%FLAG " + flag, "section is missing (truncated or not a prmtop file?)");
        }
        return s;
    }

    public Optional<PrmtopSection> section(String flag) {
        return Optional.ofNullable(sections.get(flag));
    }

    /** A section's items as integers. */
    public int[] ints(String flag) {
        PrmtopSection s = require(flag);
        int[] out = new int[s.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Integer.parseInt(s.items().get(i));
            } catch (NumberFormatException e) {
                throw new BadInputException(source, s.place(i), "'" + s.items().get(i) + "' is not an integer", e);
            }
        }
        return out;
    }

    /** A section's items as reals (Fortran 'D' exponents accepted). */
    public double[] doubles(String flag) {
        PrmtopSection s = require(flag);
        double[] out = new double[s.size()];
        for (int i = 0; i < out.length; i++) {
            String item = s.items().get(i).replace('D', 'E').replace('d', 'e');
            try {
                out[i] = Double.parseDouble(item);
            } catch (NumberFormatException e) {
                throw new BadInputException(source, s.place(i), "'" + s.items().get(i) + "' is not a number", e);
            }
        }
        return out;
    }

    /** A section's items as trimmed strings. */
    public List<String> strings(String flag) {
        return require(flag).items();
    }

    /** The raw POINTERS array (NATOM, NTYPES, NBONH, ...). */
    public int[] pointers() {
        return pointers.clone();
    }

    int pointer(int index) {
        return pointers[index];
    }

    public int numAtoms() {
        return pointers[NATOM];
    }

    /** Number of Lennard-Jones atom types (NTYPES). */
    public int numTypes() {
        return pointers[NTYPES];
    }

    public int numResidues() {
        return pointers[NRES];
    }

    /** IFBOX: 0 no box, 1 rectangular or triclinic box, 2 truncated octahedron. */
    public int ifBox() {
        return pointers[IFBOX];
    }

    public int ifCap() {
        return pointers[IFCAP];
    }

    public int ifPert() {
        return pointers[IFPERT];
    }

    /** True for CHAMBER files (CHARMM parameters); they have CTITLE and CHARMM_* sections. */
    public boolean isChamber() {
        return has("CTITLE") || has("FORCE_FIELD_TYPE") && has("CHARMM_UREY_BRADLEY_COUNT");
    }

    /** Atom names as written (trimmed), e.g. "HH31". */
    public List<String> atomNames() {
        return strings("ATOM_NAME");
    }

    /** Residue labels, one per residue. */
    public List<String> residueLabels() {
        return strings("RESIDUE_LABEL");
    }

    /** 0-based index of each residue's first atom (RESIDUE_POINTER minus one). */
    public int[] residueFirstAtoms() {
        int[] p = ints("RESIDUE_POINTER");
        for (int i = 0; i < p.length; i++) {
            p[i]--;
        }
        return p;
    }

    /** Partial charges in units of the elementary charge e (CHARGE / 18.2223). */
    public double[] chargesE() {
        double[] q = doubles("CHARGE");
        for (int i = 0; i < q.length; i++) {
            q[i] /= CHARGE_SCALE;
        }
        return q;
    }

    /** Masses in amu. */
    public double[] massesAmu() {
        return doubles("MASS");
    }

    /** AMBER atom types, e.g. "CT". */
    public List<String> amberAtomTypes() {
        return strings("AMBER_ATOM_TYPE");
    }

    /** 1-based Lennard-Jones type of each atom (ATOM_TYPE_INDEX). */
    public int[] atomTypeIndices() {
        return ints("ATOM_TYPE_INDEX");
    }

    /** Atomic numbers, when the file has ATOMIC_NUMBER (newer tleap, CHAMBER). */
    public Optional<int[]> atomicNumbers() {
        return has("ATOMIC_NUMBER") ? Optional.of(ints("ATOMIC_NUMBER")) : Optional.empty();
    }

    /** Generalized Born intrinsic radii in Å (RADII), when present. */
    public Optional<double[]> radiiAngstrom() {
        return has("RADII") ? Optional.of(doubles("RADII")) : Optional.empty();
    }

    /** Generalized Born screening factors (SCREEN), when present. */
    public Optional<double[]> screen() {
        return has("SCREEN") ? Optional.of(doubles("SCREEN")) : Optional.empty();
    }

    /** Box beta angle (degrees) and edge lengths a, b, c (Å) from BOX_DIMENSIONS, when IFBOX &gt; 0. */
    public Optional<double[]> boxBetaAndDimensions() {
        return ifBox() > 0 && has("BOX_DIMENSIONS") ? Optional.of(doubles("BOX_DIMENSIONS")) : Optional.empty();
    }

    @Override
    public String toString() {
        return "PrmtopFile(" + source + ", " + numAtoms() + " atoms, " + numResidues() + " residues"
                + (isChamber() ? ", CHAMBER" : "") + ")";
    }
}
