package org.arbg.energy.forcefield;

import java.util.Objects;
import java.util.OptionalDouble;
import org.arbg.energy.system.NonbondedMethod;

/**
 * Options of {@link ForceField#createSystemParameters}, in the vocabulary of OpenMM's
 * {@code ForceField.createSystem}. Like OpenMM's ArgTracker, a set option that the loaded force field would
 * not use is an error (for example a solvent dielectric without an implicit-solvent file), so typos and
 * wrong assumptions fail early instead of being ignored.
 *
 * @param nonbondedMethod         cutoff scheme
 * @param cutoffNm                cutoff distance in nm; only with {@link NonbondedMethod#CUTOFF_NON_PERIODIC}
 *                                (OpenMM's default 1 nm when absent)
 * @param soluteDielectric        GB solute dielectric (default 1); only with implicit solvent
 * @param solventDielectric       GB solvent dielectric (default 78.3 for GBSAOBCForce, 78.5 for OBC1/OBC2
 *                                scripts, as in OpenMM); only with implicit solvent
 * @param saltConcentrationMolar  salt concentration in mol/L, modelled by Debye screening with kappa computed
 *                                as OpenMM's AmberPrmtopFile does (the OBC scripts themselves take kappa;
 *                                arbg takes salt and temperature instead); needs {@code temperatureK};
 *                                only with the OBC1/OBC2 scripts
 * @param temperatureK            temperature in K, used only for the salt-to-kappa conversion
 * @param removeCMMotion          whether to add a CMMotionRemover (OpenMM default true)
 */
public record ForceFieldOptions(NonbondedMethod nonbondedMethod, OptionalDouble cutoffNm,
                                OptionalDouble soluteDielectric, OptionalDouble solventDielectric,
                                OptionalDouble saltConcentrationMolar,
                                OptionalDouble temperatureK, boolean removeCMMotion) {
    public ForceFieldOptions {
        Objects.requireNonNull(nonbondedMethod, "nonbondedMethod");
        Objects.requireNonNull(cutoffNm, "cutoffNm");
        Objects.requireNonNull(soluteDielectric, "soluteDielectric");
        Objects.requireNonNull(solventDielectric, "solventDielectric");
        Objects.requireNonNull(saltConcentrationMolar, "saltConcentrationMolar");
        Objects.requireNonNull(temperatureK, "temperatureK");
        if (cutoffNm.isPresent() && nonbondedMethod == NonbondedMethod.NO_CUTOFF) {
            throw new IllegalArgumentException("a cutoff distance was given but the nonbonded method is NO_CUTOFF");
        }
        positive("cutoffNm", cutoffNm);
        positive("soluteDielectric", soluteDielectric);
        positive("solventDielectric", solventDielectric);
        positive("temperatureK", temperatureK);
        if (saltConcentrationMolar.isPresent() && saltConcentrationMolar.getAsDouble() < 0) {
            throw new IllegalArgumentException("saltConcentrationMolar must be >= 0");
        }
        if (saltConcentrationMolar.isPresent() != temperatureK.isPresent()) {
            throw new IllegalArgumentException("a salt concentration needs a temperature and a temperature is used "
                    + "only to convert a salt concentration: give both or neither");
        }
    }

    /** No cutoff, OpenMM defaults for everything else. */
    public static ForceFieldOptions noCutoff() {
        return new ForceFieldOptions(NonbondedMethod.NO_CUTOFF, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), true);
    }

    /** A non-periodic cutoff of this many nm, OpenMM defaults for everything else. */
    public static ForceFieldOptions cutoffNonPeriodic(double cutoffNm) {
        return new ForceFieldOptions(NonbondedMethod.CUTOFF_NON_PERIODIC, OptionalDouble.of(cutoffNm),
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), true);
    }

    /** A copy with these GB dielectrics. */
    public ForceFieldOptions withDielectrics(double solute, double solvent) {
        return new ForceFieldOptions(nonbondedMethod, cutoffNm, OptionalDouble.of(solute), OptionalDouble.of(solvent),
                saltConcentrationMolar, temperatureK, removeCMMotion);
    }

    /** A copy with this salt concentration (mol/L) at this temperature (K). */
    public ForceFieldOptions withSalt(double molar, double temperatureK) {
        return new ForceFieldOptions(nonbondedMethod, cutoffNm, soluteDielectric, solventDielectric,
                OptionalDouble.of(molar), OptionalDouble.of(temperatureK), removeCMMotion);
    }

    /** A copy with or without a CMMotionRemover. */
    public ForceFieldOptions withRemoveCMMotion(boolean remove) {
        return new ForceFieldOptions(nonbondedMethod, cutoffNm, soluteDielectric, solventDielectric,
                saltConcentrationMolar, temperatureK, remove);
    }

    /** The cutoff in nm, OpenMM's default 1 nm when none was given. */
    public double cutoffOrDefaultNm() {
        return cutoffNm.orElse(1.0);
    }

    private static void positive(String name, OptionalDouble v) {
        if (v.isPresent() && !(v.getAsDouble() > 0 && Double.isFinite(v.getAsDouble()))) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + v.getAsDouble());
        }
    }
}
