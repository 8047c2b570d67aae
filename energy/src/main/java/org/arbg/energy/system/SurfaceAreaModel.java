package org.arbg.energy.system;

/** The nonpolar (surface area) term added to a GB model: OpenMM's gbsaModel 'ACE' or None. */
public enum SurfaceAreaModel {
    /** The analytical continuum electrostatics (ACE) approximation, OpenMM's default. */
    ACE,
    /** No surface-area term. */
    NONE
}
