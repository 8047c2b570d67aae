package org.arbg.energy.system;

import java.util.Objects;

/**
 * Options for building a System from a prmtop, mirroring OpenMM's AmberPrmtopFile.createSystem keywords and
 * defaults. Options that would have no effect (a salt concentration or dielectrics without implicit solvent, a
 * cutoff with {@link NonbondedMethod#NO_CUTOFF} other than the default) are rejected, as OpenMM's ArgTracker
 * rejects unused keywords.
 *
 * @param nonbondedMethod        NO_CUTOFF or CUTOFF_NON_PERIODIC
 * @param cutoffNm               nonbonded (and GB) cutoff in nm, used with CUTOFF_NON_PERIODIC (default 1 nm)
 * @param implicitSolvent        the GB model, or NONE
 * @param soluteDielectric       solute dielectric constant (default 1)
 * @param solventDielectric      solvent dielectric constant (default 78.5)
 * @param saltConcentrationMolar salt concentration in mol/L, modelled by Debye screening (default 0)
 * @param temperatureK           temperature in K, used only to turn the salt concentration into κ (default 298.15)
 * @param surfaceArea            the nonpolar term of the GB model (default ACE)
 * @param removeCMMotion         add a CMMotionRemover (default true)
 * @param rigidWater             constrain water molecules (residues WAT, HOH, ...) rigid (default true)
 */
public record AmberSystemOptions(NonbondedMethod nonbondedMethod, double cutoffNm, ImplicitSolvent implicitSolvent,
                                 double soluteDielectric, double solventDielectric, double saltConcentrationMolar,
                                 double temperatureK, SurfaceAreaModel surfaceArea, boolean removeCMMotion,
                                 boolean rigidWater) {
    public static final double DEFAULT_CUTOFF_NM = 1.0;
    public static final double DEFAULT_SOLUTE_DIELECTRIC = 1.0;
    public static final double DEFAULT_SOLVENT_DIELECTRIC = 78.5;
    public static final double DEFAULT_TEMPERATURE_K = 298.15;

    public AmberSystemOptions {
        Objects.requireNonNull(nonbondedMethod, "nonbondedMethod");
        Objects.requireNonNull(implicitSolvent, "implicitSolvent");
        Objects.requireNonNull(surfaceArea, "surfaceArea");
        positive("cutoffNm", cutoffNm);
        positive("soluteDielectric", soluteDielectric);
        positive("solventDielectric", solventDielectric);
        positive("temperatureK", temperatureK);
        if (!(saltConcentrationMolar >= 0) || Double.isInfinite(saltConcentrationMolar)) {
            throw new IllegalArgumentException("saltConcentrationMolar must be >= 0 and finite: " + saltConcentrationMolar);
        }
        if (nonbondedMethod == NonbondedMethod.NO_CUTOFF && cutoffNm != DEFAULT_CUTOFF_NM) {
            throw new IllegalArgumentException("a cutoff of " + cutoffNm + " nm has no effect with NO_CUTOFF; "
                    + "use CUTOFF_NON_PERIODIC");
        }
        if (implicitSolvent == ImplicitSolvent.NONE) {
            if (saltConcentrationMolar != 0 || soluteDielectric != DEFAULT_SOLUTE_DIELECTRIC
                    || solventDielectric != DEFAULT_SOLVENT_DIELECTRIC || temperatureK != DEFAULT_TEMPERATURE_K) {
                throw new IllegalArgumentException("salt concentration, dielectrics and temperature only apply to "
                        + "an implicit-solvent model; choose one or leave them at their defaults");
            }
        }
    }

    /** Vacuum, no cutoff, the createSystem defaults. */
    public static AmberSystemOptions defaults() {
        return new AmberSystemOptions(NonbondedMethod.NO_CUTOFF, DEFAULT_CUTOFF_NM, ImplicitSolvent.NONE,
                DEFAULT_SOLUTE_DIELECTRIC, DEFAULT_SOLVENT_DIELECTRIC, 0.0, DEFAULT_TEMPERATURE_K,
                SurfaceAreaModel.ACE, true, true);
    }

    public AmberSystemOptions withImplicitSolvent(ImplicitSolvent model) {
        return new AmberSystemOptions(nonbondedMethod, cutoffNm, model, soluteDielectric, solventDielectric,
                saltConcentrationMolar, temperatureK, surfaceArea, removeCMMotion, rigidWater);
    }

    /** CUTOFF_NON_PERIODIC with the given cutoff (nm). */
    public AmberSystemOptions withCutoffNonPeriodic(double cutoff) {
        return new AmberSystemOptions(NonbondedMethod.CUTOFF_NON_PERIODIC, cutoff, implicitSolvent, soluteDielectric,
                solventDielectric, saltConcentrationMolar, temperatureK, surfaceArea, removeCMMotion, rigidWater);
    }

    /** Salt concentration in mol/L. */
    public AmberSystemOptions withSalt(double molar) {
        return new AmberSystemOptions(nonbondedMethod, cutoffNm, implicitSolvent, soluteDielectric, solventDielectric,
                molar, temperatureK, surfaceArea, removeCMMotion, rigidWater);
    }

    public AmberSystemOptions withDielectrics(double solute, double solvent) {
        return new AmberSystemOptions(nonbondedMethod, cutoffNm, implicitSolvent, solute, solvent,
                saltConcentrationMolar, temperatureK, surfaceArea, removeCMMotion, rigidWater);
    }

    /** Temperature (K) for the Debye κ. */
    public AmberSystemOptions withTemperature(double kelvin) {
        return new AmberSystemOptions(nonbondedMethod, cutoffNm, implicitSolvent, soluteDielectric, solventDielectric,
                saltConcentrationMolar, kelvin, surfaceArea, removeCMMotion, rigidWater);
    }

    public AmberSystemOptions withSurfaceArea(SurfaceAreaModel model) {
        return new AmberSystemOptions(nonbondedMethod, cutoffNm, implicitSolvent, soluteDielectric, solventDielectric,
                saltConcentrationMolar, temperatureK, model, removeCMMotion, rigidWater);
    }

    public AmberSystemOptions withRemoveCMMotion(boolean remove) {
        return new AmberSystemOptions(nonbondedMethod, cutoffNm, implicitSolvent, soluteDielectric, solventDielectric,
                saltConcentrationMolar, temperatureK, surfaceArea, remove, rigidWater);
    }

    /**
     * Debye screening parameter κ in 1/nm, as OpenMM computes it: 50.33355 √(c / ε_solvent / T) Å⁻¹ (AMBER's
     * constant), times 0.73 for ion exclusion and 10 for Å⁻¹ → nm⁻¹. Zero without salt or implicit solvent.
     */
    public double kappaPerNm() {
        if (implicitSolvent == ImplicitSolvent.NONE) {
            return 0.0;
        }
        double kappa = 50.33355 * Math.sqrt(saltConcentrationMolar / solventDielectric / temperatureK);
        return kappa * 7.3;
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be positive and finite: " + v);
        }
    }
}
