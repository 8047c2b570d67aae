package org.arbg.energy.system;

import java.util.List;
import java.util.Objects;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.forcefield.CmapParameters;
import org.arbg.energy.forcefield.CmapTorsion;
import org.arbg.energy.forcefield.CustomObcParameters;
import org.arbg.energy.forcefield.CustomObcParticle;
import org.arbg.energy.forcefield.GbsaObcParameters;
import org.arbg.energy.forcefield.GbsaObcParticle;
import org.arbg.energy.forcefield.HarmonicAngle;
import org.arbg.energy.forcefield.HarmonicBond;
import org.arbg.energy.forcefield.ImplicitSolventScript;
import org.arbg.energy.forcefield.NonbondedException;
import org.arbg.energy.forcefield.NonbondedParameters;
import org.arbg.energy.forcefield.NonbondedParticle;
import org.arbg.energy.forcefield.PeriodicTorsion;
import org.arbg.energy.forcefield.SystemParameters;
import org.arbg.energy.openmm.OpenMMNative;
import org.arbg.energy.openmm.OpenMMSystem;

/**
 * Turns {@link SystemParameters} from force-field XML files into an OpenMM System, with the forces in the order
 * OpenMM's {@code ForceField.createSystem} adds them for the AMBER files: HarmonicBondForce, HarmonicAngleForce,
 * PeriodicTorsionForce, CMAPTorsionForce (if any), NonbondedForce, GBSAOBCForce (if any), CMMotionRemover, and
 * last the OBC1/OBC2 CustomGBForce of the implicit-solvent scripts (built by {@link CustomGbModels}, the same code
 * as for prmtop Systems). Force {@code i} is put in force group {@code i}. Empty term lists add no force.
 */
public final class ForceFieldSystemFactory {
    private ForceFieldSystemFactory() {
    }

    /**
     * @param parameters the System description
     * @param topology   the topology the parameters were made for (the GB models read elements and bonds)
     * @return a new System; the caller closes it
     */
    public static OpenMMSystem create(SystemParameters parameters, Topology topology) {
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(topology, "topology");
        if (parameters.numParticles() != topology.numAtoms()) {
            throw new IllegalArgumentException("parameters for " + parameters.numParticles()
                    + " particles, topology with " + topology.numAtoms() + " atoms");
        }
        OpenMMSystem system = OpenMMSystem.create();
        try {
            for (double m : parameters.massesAmu()) {
                system.addParticle(m);
            }
            if (!parameters.bonds().isEmpty()) {
                add(system, bonds(parameters.bonds()));
            }
            if (!parameters.angles().isEmpty()) {
                add(system, angles(parameters.angles()));
            }
            if (!parameters.torsions().isEmpty()) {
                add(system, torsions(parameters.torsions()));
            }
            parameters.cmap().ifPresent(c -> add(system, cmap(c)));
            parameters.nonbonded().ifPresent(nb -> add(system, nonbonded(nb)));
            parameters.implicitSolvent().ifPresent(gb -> {
                if (gb instanceof GbsaObcParameters obc) {
                    add(system, gbsaObc(obc));
                }
            });
            if (parameters.removeCMMotion()) {
                add(system, new OpenMMNative.CMMotionRemover(1));
            }
            parameters.implicitSolvent().ifPresent(gb -> {
                if (gb instanceof CustomObcParameters obc) {
                    add(system, customObc(obc, topology));
                }
            });
            return system;
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
    }

    private static void add(OpenMMSystem system, OpenMMNative.Force force) {
        force.setForceGroup(system.getNumForces());
        system.addForce(force);
    }

    private static OpenMMNative.Force bonds(List<HarmonicBond> bonds) {
        OpenMMNative.HarmonicBondForce f = new OpenMMNative.HarmonicBondForce();
        for (HarmonicBond b : bonds) {
            f.addBond(b.atom1(), b.atom2(), b.lengthNm(), b.k());
        }
        return f;
    }

    private static OpenMMNative.Force angles(List<HarmonicAngle> angles) {
        OpenMMNative.HarmonicAngleForce f = new OpenMMNative.HarmonicAngleForce();
        for (HarmonicAngle a : angles) {
            f.addAngle(a.atom1(), a.atom2(), a.atom3(), a.angleRad(), a.k());
        }
        return f;
    }

    private static OpenMMNative.Force torsions(List<PeriodicTorsion> torsions) {
        OpenMMNative.PeriodicTorsionForce f = new OpenMMNative.PeriodicTorsionForce();
        for (PeriodicTorsion t : torsions) {
            f.addTorsion(t.atom1(), t.atom2(), t.atom3(), t.atom4(), t.periodicity(), t.phaseRad(), t.k());
        }
        return f;
    }

    private static OpenMMNative.Force cmap(CmapParameters c) {
        OpenMMNative.CMAPTorsionForce f = new OpenMMNative.CMAPTorsionForce();
        for (double[] map : c.maps()) {
            try (OpenMMNative.DoubleVector v = new OpenMMNative.DoubleVector(map)) {
                f.addMap((int) Math.round(Math.sqrt(map.length)), v);
            }
        }
        for (CmapTorsion t : c.torsions()) {
            int[] a = t.atoms();
            f.addTorsion(t.map(), a[0], a[1], a[2], a[3], a[1], a[2], a[3], a[4]);
        }
        return f;
    }

    private static OpenMMNative.Force nonbonded(NonbondedParameters p) {
        OpenMMNative.NonbondedForce f = new OpenMMNative.NonbondedForce();
        for (NonbondedParticle q : p.particles()) {
            f.addParticle(q.charge(), q.sigmaNm(), q.epsilon());
        }
        for (NonbondedException e : p.exceptions()) {
            f.addException(e.atom1(), e.atom2(), e.chargeProduct(), e.sigmaNm(), e.epsilon());
        }
        f.setNonbondedMethod(p.method() == NonbondedMethod.CUTOFF_NON_PERIODIC
                ? OpenMMNative.NonbondedForce.CutoffNonPeriodic : OpenMMNative.NonbondedForce.NoCutoff);
        f.setCutoffDistance(p.cutoffNm());
        f.setReactionFieldDielectric(p.reactionFieldDielectric());
        f.setUseDispersionCorrection(p.useDispersionCorrection());
        return f;
    }

    private static OpenMMNative.Force gbsaObc(GbsaObcParameters p) {
        OpenMMNative.GBSAOBCForce f = new OpenMMNative.GBSAOBCForce();
        for (GbsaObcParticle q : p.particles()) {
            f.addParticle(q.charge(), q.radiusNm(), q.scale());
        }
        f.setSoluteDielectric(p.soluteDielectric());
        f.setSolventDielectric(p.solventDielectric());
        f.setSurfaceAreaEnergy(p.surfaceAreaEnergy());
        f.setNonbondedMethod(p.method() == NonbondedMethod.CUTOFF_NON_PERIODIC
                ? OpenMMNative.GBSAOBCForce.CutoffNonPeriodic : OpenMMNative.GBSAOBCForce.NoCutoff);
        f.setCutoffDistance(p.cutoffNm());
        return f;
    }

    /** The scripts' force: customgbforces.py GBSAOBC1Force / GBSAOBC2Force with ACE surface area. */
    private static OpenMMNative.Force customObc(CustomObcParameters p, Topology topology) {
        int n = p.particles().size();
        double[] charges = new double[n];
        double[] radii = new double[n];
        double[] screen = new double[n];
        for (int i = 0; i < n; i++) {
            CustomObcParticle q = p.particles().get(i);
            charges[i] = q.charge();
            radii[i] = q.radiusNm();
            screen[i] = q.screen();
        }
        boolean cutoff = p.method() == NonbondedMethod.CUTOFF_NON_PERIODIC;
        AmberSystemOptions gbOptions = new AmberSystemOptions(p.method(),
                cutoff ? p.cutoffNm() : AmberSystemOptions.DEFAULT_CUTOFF_NM,
                p.variant() == ImplicitSolventScript.OBC1 ? ImplicitSolvent.OBC1 : ImplicitSolvent.OBC2,
                p.soluteDielectric(), p.solventDielectric(), p.saltConcentrationMolar(), p.temperatureK(),
                SurfaceAreaModel.ACE, false, false);
        OpenMMNative.CustomGBForce f = CustomGbModels.create(gbOptions.implicitSolvent(), topology, charges, radii,
                screen, gbOptions, cutoff ? p.cutoffNm() : Double.NaN);
        f.setNonbondedMethod(cutoff ? OpenMMNative.CustomGBForce.CutoffNonPeriodic
                : OpenMMNative.CustomGBForce.NoCutoff);
        f.setCutoffDistance(p.cutoffNm());
        return f;
    }
}
