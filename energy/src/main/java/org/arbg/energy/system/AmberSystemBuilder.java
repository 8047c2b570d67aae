package org.arbg.energy.system;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.amber.AmberTerms;
import org.arbg.adapters.amber.PrmtopFile;
import org.arbg.adapters.amber.PrmtopTopology;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.openmm.OpenMMNative;
import org.arbg.energy.openmm.OpenMMSystem;

/**
 * Builds an OpenMM System from an AMBER prmtop as OpenMM 7.7's AmberPrmtopFile.createSystem does for non-periodic
 * systems: HarmonicBondForce, HarmonicAngleForce, PeriodicTorsionForce (impropers included), NonbondedForce with
 * scaled 1-4 exceptions and exclusions, an optional Generalized Born force, and a CMMotionRemover, in that order.
 * Not supported (rejected with a message): CHAMBER files, CMAP terms, NBFIX/12-6-4 Lennard-Jones, periodic boxes,
 * water extra points, CAP and perturbation sections.
 */
public final class AmberSystemBuilder {
    /** 2^(-1/6)·2: r_min/2 → σ, the value OpenMM's Python layer computes. */
    static final double SIGMA_FROM_RVDW = 1.7817974362806785;
    /** 2^(-1/6): r_min → σ. */
    static final double SIGMA_FROM_RMIN = 0.8908987181403393;
    private static final Set<String> WATER = Set.of("WAT", "HOH", "TP4", "TP5", "T4E");

    private AmberSystemBuilder() {
    }

    /** Reads a prmtop and builds its System. */
    public static OpenMMSystem build(Path prmtop, AmberSystemOptions options) {
        return build(PrmtopFile.read(prmtop), options);
    }

    /**
     * Builds the System (particle i = prmtop atom i; masses in amu, lengths in nm, energies in kJ/mol).
     *
     * @throws BadInputException when the prmtop uses a feature this builder does not support, or lacks GB radii
     */
    public static OpenMMSystem build(PrmtopFile prmtop, AmberSystemOptions options) {
        Objects.requireNonNull(options, "options");
        checkSupported(prmtop, options);
        Topology topology = PrmtopTopology.build(prmtop);
        AmberTerms terms = new AmberTerms(prmtop);
        boolean[] water = waterAtoms(topology);
        OpenMMSystem system = OpenMMSystem.create();
        try {
            for (double m : prmtop.massesAmu()) {
                system.addParticle(m);
            }
            addBonded(system, terms, water, options.rigidWater());
            double[] charges = prmtop.chargesE();
            OpenMMNative.NonbondedForce nb = NonbondedTerms.create(terms, charges, options);
            system.addForce(nb);
            if (options.implicitSolvent() != ImplicitSolvent.NONE) {
                system.addForce(GbForceFactory.create(prmtop, topology, charges, options));
                // GB already screens the solvent; OpenMM sets this after adding the GB force
                nb.setReactionFieldDielectric(1.0);
            }
            if (options.removeCMMotion()) {
                system.addForce(new OpenMMNative.CMMotionRemover(1));
            }
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private static void addBonded(OpenMMSystem system, AmberTerms terms, boolean[] water, boolean rigidWater) {
        OpenMMNative.HarmonicBondForce bonds = new OpenMMNative.HarmonicBondForce();
        for (AmberTerms.BondTerm b : terms.bonds()) {
            boolean rigid = rigidWater && b.withHydrogen() && water[b.atom1()] && water[b.atom2()];
            if (rigid) {
                system.addConstraint(b.atom1(), b.atom2(), b.r0Nm());
            } else {
                bonds.addBond(b.atom1(), b.atom2(), b.r0Nm(), 2 * b.k());
            }
        }
        system.addForce(bonds);
        OpenMMNative.HarmonicAngleForce angles = new OpenMMNative.HarmonicAngleForce();
        for (AmberTerms.AngleTerm a : terms.angles()) {
            angles.addAngle(a.atom1(), a.atom2(), a.atom3(), a.theta0Rad(), 2 * a.k());
        }
        system.addForce(angles);
        OpenMMNative.PeriodicTorsionForce torsions = new OpenMMNative.PeriodicTorsionForce();
        for (AmberTerms.TorsionTerm t : terms.torsions()) {
            torsions.addTorsion(t.atom1(), t.atom2(), t.atom3(), t.atom4(), t.periodicity(), t.phaseRad(), t.kKjPerMol());
        }
        system.addForce(torsions);
    }

    private static boolean[] waterAtoms(Topology topology) {
        boolean[] w = new boolean[topology.numAtoms()];
        for (int i = 0; i < w.length; i++) {
            w[i] = WATER.contains(topology.residueOf(i).name());
        }
        return w;
    }

    private static void checkSupported(PrmtopFile p, AmberSystemOptions options) {
        String src = p.source();
        if (p.isChamber()) {
            throw new BadInputException(src, "%FLAG CTITLE", "CHAMBER-style prmtop (CHARMM force field): arbg builds "
                    + "Systems only from AMBER force fields; read its Topology, or serialize a System built elsewhere");
        }
        if (p.ifCap() > 0) {
            throw new BadInputException(src, "%FLAG POINTERS", "the CAP option (IFCAP) is not supported");
        }
        if (p.ifPert() > 0) {
            throw new BadInputException(src, "%FLAG POINTERS", "perturbation sections (IFPERT) are not supported");
        }
        if (p.ifBox() > 0) {
            throw new BadInputException(src, "%FLAG POINTERS", "periodic box (IFBOX = " + p.ifBox() + "): arbg builds "
                    + "only non-periodic Systems (NoCutoff, CutoffNonPeriodic); use an implicit-solvent prmtop");
        }
        for (String flag : List.of("CMAP_COUNT", "CHARMM_CMAP_COUNT")) {
            if (p.has(flag)) {
                throw new BadInputException(src, "%FLAG " + flag, "CMAP correction maps are not supported yet");
            }
        }
        if (p.has("LENNARD_JONES_CCOEF")) {
            throw new BadInputException(src, "%FLAG LENNARD_JONES_CCOEF", "12-6-4 Lennard-Jones terms are not supported");
        }
        if (new AmberTerms(p).hasNbfix()) {
            throw new BadInputException(src, "%FLAG LENNARD_JONES_ACOEF", "off-diagonal (NBFIX) Lennard-Jones pairs are "
                    + "not supported: they need a CustomNonbondedForce");
        }
        Set<String> names = new HashSet<>();
        for (String n : p.atomNames()) {
            names.add(n.length() >= 2 ? n.substring(0, 2) : n);
        }
        if (names.contains("EP") || names.contains("LP")) {
            throw new BadInputException(src, "%FLAG ATOM_NAME", "extra points (EP/LP virtual sites) are not supported");
        }
        if (options.implicitSolvent() != ImplicitSolvent.NONE && (!p.has("RADII") || !p.has("SCREEN"))) {
            throw new BadInputException(src, "%FLAG RADII", "implicit solvent " + options.implicitSolvent()
                    + " needs the RADII and SCREEN sections; set PBRadii in tleap before saving the prmtop");
        }
    }
}
