package org.arbg.energy.system;

import java.util.List;
import java.util.Objects;

/**
 * What {@code prepare.json} records about a prepared system: how it was built and at which temperature its
 * reduced energies u = E / (k_B T) are meant.
 *
 * @param source          the input the System came from ("forcefield", "prmtop" or "system-xml")
 * @param inputs          the files used (structure, force-field names, prmtop, system XML)
 * @param forceField      force-field files, or empty for prmtop / system XML inputs
 * @param implicitSolvent implicit-solvent model ("OBC2", "obc1.xml", "none", …)
 * @param nonbondedMethod "NoCutoff" or "CutoffNonPeriodic"
 * @param cutoffNm        nonbonded cutoff in nm, or null without cutoff
 * @param temperatureK    the temperature of the ensemble in K
 * @param atoms           number of atoms (= particles in the System)
 * @param residues        number of residues
 * @param arbgVersion     the arbg version that prepared it
 * @param openmmVersion   the OpenMM version that built it
 */
public record PrepareInfo(String source, List<String> inputs, List<String> forceField, String implicitSolvent,
                          String nonbondedMethod, Double cutoffNm, double temperatureK, int atoms, int residues,
                          String arbgVersion, String openmmVersion) {
    public PrepareInfo {
        Objects.requireNonNull(source, "source");
        inputs = List.copyOf(inputs);
        forceField = List.copyOf(forceField);
        if (!(temperatureK > 0)) {
            throw new IllegalArgumentException("temperature must be positive, got " + temperatureK + " K");
        }
    }
}
