package org.arbg.workflows.prepare;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code arbg prepare} was asked for. Exactly one source of parameters: force-field files (with a PDB),
 * an AMBER prmtop (with coordinates from an inpcrd or a PDB), or a serialized System XML (with a PDB).
 *
 * @param pdb             structure (nm positions after reading); required except for prmtop + inpcrd
 * @param forceFields     force-field files or bundled names (amber99sbildn.xml, implicit/obc1.xml …)
 * @param prmtop          AMBER topology, if that is the source
 * @param inpcrd          AMBER coordinates for the prmtop
 * @param implicitSolvent for prmtop: none, hct, obc1, obc2, gbn, gbn2
 * @param saltMolar       for prmtop GB models: salt concentration in mol/L
 * @param systemXml       serialized OpenMM System, if that is the source
 * @param cutoffNm        non-periodic cutoff in nm; empty for no cutoff
 * @param temperatureK    temperature of the ensemble in K
 * @param stripSolvent    drop waters and ions of the PDB
 */
public record PrepareRequest(Optional<Path> pdb, List<String> forceFields, Optional<Path> prmtop, Optional<Path> inpcrd,
                             String implicitSolvent, OptionalDouble saltMolar, Optional<Path> systemXml,
                             OptionalDouble cutoffNm, double temperatureK, boolean stripSolvent) {
    /** The default force field of arbg's benchmark systems: AMBER ff99SB-ILDN with OBC (OpenMM's GBSAOBCForce). */
    public static final List<String> DEFAULT_FORCE_FIELD = List.of("amber99sbildn.xml", "amber99_obc.xml");
    public static final double DEFAULT_TEMPERATURE_K = 300.0;

    public PrepareRequest {
        Objects.requireNonNull(pdb, "pdb");
        forceFields = List.copyOf(forceFields);
        Objects.requireNonNull(implicitSolvent, "implicitSolvent");
        if (!(temperatureK > 0)) {
            throw new IllegalArgumentException("temperature must be positive, got " + temperatureK + " K");
        }
    }

    /** Which of the three sources this request uses. */
    public String source() {
        return prmtop.isPresent() ? "prmtop" : systemXml.isPresent() ? "system-xml" : "forcefield";
    }
}
