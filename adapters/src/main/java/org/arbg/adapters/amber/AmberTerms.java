package org.arbg.adapters.amber;

import java.util.ArrayList;
import java.util.List;

import org.arbg.adapters.BadInputException;

/**
 * The force-field terms of a prmtop decoded into OpenMM units (nm, rad, kJ/mol, e), following OpenMM's PrmtopLoader:
 * atom indices are 0-based particle indices, force constants keep AMBER's convention E = k (x − x0)² (OpenMM's
 * harmonic forces use ½k, so a builder doubles them).
 */
public final class AmberTerms {
    /** kcal/mol/Å² → kJ/mol/nm², the value OpenMM's unit system produces. */
    public static final double BOND_K_TO_KJ_NM2 = 418.40000000000003;
    /** kcal → kJ. */
    public static final double KCAL_TO_KJ = 4.184;
    /** Å → nm. */
    public static final double ANGSTROM_TO_NM = 0.1;
    /** 1-4 electrostatic and Lennard-Jones scale divisors used when the prmtop has no SCEE/SCNB sections. */
    public static final double DEFAULT_SCEE = 1.2, DEFAULT_SCNB = 2.0;

    /** @param k AMBER k in kJ/mol/nm² (E = k (r − r0)²); @param r0Nm equilibrium length in nm */
    public record BondTerm(int atom1, int atom2, double k, double r0Nm, boolean withHydrogen) {
    }

    /** @param k AMBER k in kJ/mol/rad² (E = k (θ − θ0)²); @param theta0Rad equilibrium angle in rad */
    public record AngleTerm(int atom1, int atom2, int atom3, double k, double theta0Rad) {
    }

    /**
     * E = k (1 + cos(n φ − phase)).
     *
     * @param kKjPerMol barrier k in kJ/mol
     * @param phaseRad  phase in rad
     * @param improper  the fourth index was negative in the file (an improper torsion)
     * @param has14     the third index was positive: the end atoms form a 1-4 pair counted by this term
     * @param typeIndex 0-based dihedral parameter type (selects SCEE/SCNB)
     */
    public record TorsionTerm(int atom1, int atom2, int atom3, int atom4, int periodicity, double phaseRad,
                              double kKjPerMol, boolean improper, boolean has14, int typeIndex) {
    }

    /**
     * A 1-4 pair before scaling.
     *
     * @param chargeProduct q1 q2 in e²
     * @param rMinNm        r_min = rvdw1 + rvdw2 in nm
     * @param epsilonKj     sqrt(ε1 ε2) in kJ/mol
     * @param scee          the electrostatic divisor
     * @param scnb          the Lennard-Jones divisor
     */
    public record Pair14(int atom1, int atom2, double chargeProduct, double rMinNm, double epsilonKj, double scee,
                         double scnb) {
    }

    /** Per-atom Lennard-Jones parameters: r_min/2 (nm) and ε (kJ/mol). */
    public record LennardJones(double rVdwNm, double epsilonKj) {
    }

    private final PrmtopFile prmtop;

    public AmberTerms(PrmtopFile prmtop) {
        this.prmtop = prmtop;
    }

    /** Bonds with hydrogen first, then those without (the order OpenMM adds them). */
    public List<BondTerm> bonds() {
        double[] k = prmtop.doubles("BOND_FORCE_CONSTANT");
        double[] r0 = prmtop.doubles("BOND_EQUIL_VALUE");
        List<BondTerm> out = new ArrayList<>();
        for (String flag : new String[] {"BONDS_INC_HYDROGEN", "BONDS_WITHOUT_HYDROGEN"}) {
            int[] p = prmtop.ints(flag);
            for (int i = 0; i + 2 < p.length; i += 3) {
                int type = typeIndex(flag, p, i + 2, k.length);
                out.add(new BondTerm(atom(flag, p, i), atom(flag, p, i + 1), k[type] * BOND_K_TO_KJ_NM2,
                        r0[type] * ANGSTROM_TO_NM, flag.endsWith("INC_HYDROGEN")));
            }
        }
        return out;
    }

    /** Angles with hydrogen first, then those without. */
    public List<AngleTerm> angles() {
        double[] k = prmtop.doubles("ANGLE_FORCE_CONSTANT");
        double[] theta = prmtop.doubles("ANGLE_EQUIL_VALUE");
        List<AngleTerm> out = new ArrayList<>();
        for (String flag : new String[] {"ANGLES_INC_HYDROGEN", "ANGLES_WITHOUT_HYDROGEN"}) {
            int[] p = prmtop.ints(flag);
            for (int i = 0; i + 3 < p.length; i += 4) {
                int type = typeIndex(flag, p, i + 3, k.length);
                out.add(new AngleTerm(atom(flag, p, i), atom(flag, p, i + 1), atom(flag, p, i + 2),
                        k[type] * KCAL_TO_KJ, theta[type]));
            }
        }
        return out;
    }

    /** Proper and improper torsions, with hydrogen first, then without. */
    public List<TorsionTerm> torsions() {
        double[] k = prmtop.doubles("DIHEDRAL_FORCE_CONSTANT");
        double[] phase = prmtop.doubles("DIHEDRAL_PHASE");
        double[] period = prmtop.doubles("DIHEDRAL_PERIODICITY");
        List<TorsionTerm> out = new ArrayList<>();
        for (String flag : new String[] {"DIHEDRALS_INC_HYDROGEN", "DIHEDRALS_WITHOUT_HYDROGEN"}) {
            int[] p = prmtop.ints(flag);
            for (int i = 0; i + 4 < p.length; i += 5) {
                int type = typeIndex(flag, p, i + 4, k.length);
                int a3 = Math.abs(p[i + 2]) / 3;
                int a4 = Math.abs(p[i + 3]) / 3;
                checkAtom(flag, i + 2, a3);
                checkAtom(flag, i + 3, a4);
                out.add(new TorsionTerm(atom(flag, p, i), atom(flag, p, i + 1), a3, a4,
                        (int) (0.5 + period[type]), phase[type], k[type] * KCAL_TO_KJ,
                        p[i + 3] < 0, p[i + 2] > 0 && p[i + 3] > 0, type));
            }
        }
        return out;
    }

    /** Per-atom Lennard-Jones parameters from the diagonal of the A/B tables. */
    public List<LennardJones> lennardJones() {
        return LennardJonesTable.perAtom(prmtop);
    }

    /** True when the LJ tables hold off-diagonal (NBFIX) pairs that per-atom parameters cannot express. */
    public boolean hasNbfix() {
        return LennardJonesTable.hasNbfix(prmtop);
    }

    /** 1-4 pairs (one per torsion whose third and fourth indices are positive), unscaled. */
    public List<Pair14> pairs14() {
        double[] q = prmtop.chargesE();
        List<LennardJones> lj = lennardJones();
        double[] scee = prmtop.has("SCEE_SCALE_FACTOR") ? prmtop.doubles("SCEE_SCALE_FACTOR") : null;
        double[] scnb = prmtop.has("SCNB_SCALE_FACTOR") ? prmtop.doubles("SCNB_SCALE_FACTOR") : null;
        List<Pair14> out = new ArrayList<>();
        for (TorsionTerm t : torsions()) {
            if (!t.has14()) {
                continue;
            }
            LennardJones a = lj.get(t.atom1());
            LennardJones b = lj.get(t.atom4());
            out.add(new Pair14(t.atom1(), t.atom4(), q[t.atom1()] * q[t.atom4()], a.rVdwNm() + b.rVdwNm(),
                    Math.sqrt(a.epsilonKj() * b.epsilonKj()),
                    scee == null ? DEFAULT_SCEE : scee[t.typeIndex()],
                    scnb == null ? DEFAULT_SCNB : scnb[t.typeIndex()]));
        }
        return out;
    }

    /** For each atom, the 0-based atoms excluded from its nonbonded interactions (zeros in the file dropped). */
    public List<int[]> excludedAtoms() {
        int[] counts = prmtop.ints("NUMBER_EXCLUDED_ATOMS");
        int[] list = prmtop.ints("EXCLUDED_ATOMS_LIST");
        List<int[]> out = new ArrayList<>(counts.length);
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0 || at + counts[i] > list.length) {
                PrmtopSection s = prmtop.require("NUMBER_EXCLUDED_ATOMS");
                throw new BadInputException(prmtop.source(), s.place(i), "atom " + (i + 1) + " claims " + counts[i]
                        + " excluded atoms but EXCLUDED_ATOMS_LIST has only " + (list.length - at) + " left");
            }
            List<Integer> ex = new ArrayList<>();
            for (int j = at; j < at + counts[i]; j++) {
                if (list[j] > 0) {
                    checkAtom("EXCLUDED_ATOMS_LIST", j, list[j] - 1);
                    ex.add(list[j] - 1);
                }
            }
            at += counts[i];
            out.add(ex.stream().mapToInt(Integer::intValue).toArray());
        }
        return out;
    }

    private int atom(String flag, int[] p, int i) {
        if (p[i] < 0) {
            throw new BadInputException(prmtop.source(), prmtop.require(flag).place(i), "negative atom pointer " + p[i]);
        }
        int atom = p[i] / 3;
        checkAtom(flag, i, atom);
        return atom;
    }

    private void checkAtom(String flag, int item, int atom) {
        if (atom >= prmtop.numAtoms()) {
            throw new BadInputException(prmtop.source(), prmtop.require(flag).place(item),
                    "atom " + (atom + 1) + " does not exist (NATOM = " + prmtop.numAtoms() + ")");
        }
    }

    private int typeIndex(String flag, int[] p, int i, int numTypes) {
        int type = p[i] - 1;
        if (type < 0 || type >= numTypes) {
            throw new BadInputException(prmtop.source(), prmtop.require(flag).place(i),
                    "parameter type " + p[i] + " is out of range 1.." + numTypes);
        }
        return type;
    }
}
