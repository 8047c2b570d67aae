package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.arbg.adapters.topology.Topology;

/**
 * A force field loaded from one or more OpenMM force-field XML files, combined as OpenMM's
 * {@code ForceField(*files)} combines them: atom types of all files first, then residue templates, then
 * force definitions, then scripts. Immutable.
 *
 * <p>{@link #createSystemParameters} is arbg's {@code ForceField.createSystem}: it matches every residue
 * to a template and assigns bonded, nonbonded and implicit-solvent parameters.
 */
public final class ForceField {
    private final List<String> sources;
    private final Map<String, AtomType> atomTypes;
    private final Map<String, ResidueTemplate> templates;
    private final Map<String, List<ResidueTemplate>> templatesBySignature;
    private final List<BondDefinition> bonds;
    private final List<AngleDefinition> angles;
    private final List<TorsionDefinition> propers;
    private final List<TorsionDefinition> impropers;
    private final List<double[]> cmapMaps;
    private final List<CmapDefinition> cmapTorsions;
    private final boolean hasCmap;
    private final Optional<NonbondedDefinition> nonbonded;
    private final Optional<AtomParameterTable> gbsaObc;
    private final List<ImplicitSolventScript> scripts;

    ForceField(ForceFieldReader r) {
        this.sources = List.copyOf(r.sources);
        this.atomTypes = Collections.unmodifiableMap(new LinkedHashMap<>(r.atomTypes));
        this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(r.templates));
        Map<String, List<ResidueTemplate>> bySig = new LinkedHashMap<>();
        for (ResidueTemplate t : templates.values()) {
            bySig.computeIfAbsent(ResidueSignature.ofTemplate(t), k -> new ArrayList<>()).add(t);
        }
        bySig.replaceAll((k, v) -> List.copyOf(v));
        this.templatesBySignature = Collections.unmodifiableMap(bySig);
        this.bonds = List.copyOf(r.bonds);
        this.angles = List.copyOf(r.angles);
        this.propers = List.copyOf(r.propers);
        this.impropers = List.copyOf(r.impropers);
        this.cmapMaps = r.cmapMaps.stream().map(double[]::clone).toList();
        this.cmapTorsions = List.copyOf(r.cmapTorsions);
        this.hasCmap = r.hasCmap;
        this.nonbonded = Optional.ofNullable(r.nonbonded);
        this.gbsaObc = Optional.ofNullable(r.gbsaObc);
        this.scripts = List.copyOf(r.scripts);
    }

    /**
     * Loads and combines force-field files. Each name is a path on disk or a file arbg ships, named as in
     * OpenMM ({@code "amber99sbildn.xml"}, {@code "amber14/protein.ff14SB.xml"}, {@code "implicit/obc1.xml"}).
     *
     * @throws org.arbg.adapters.BadInputException naming the file when it is missing, malformed, uses a
     *         feature arbg does not implement, or holds a {@code <Script>} arbg does not recognise
     */
    public static ForceField load(String... files) {
        return load(Arrays.asList(files));
    }

    /** As {@link #load(String...)}. */
    public static ForceField load(List<String> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no force-field files given");
        }
        List<ForceFieldSource> docs = new ArrayList<>();
        for (String f : files) {
            docs.add(ForceFieldSource.open(Objects.requireNonNull(f, "file name")));
        }
        return new ForceFieldReader().read(docs);
    }

    /**
     * Builds the parameters of a System for this topology, as OpenMM's {@code createSystem}. Atom {@code i}
     * of the topology is particle {@code i}.
     *
     * @throws org.arbg.adapters.BadInputException naming the residue (name, number, chain) when no template
     *         matches it, or the atom when a force has no parameters for its type
     * @throws IllegalArgumentException when the options combine settings this force field would not use
     */
    public SystemParameters createSystemParameters(Topology topology, ForceFieldOptions options) {
        return createSystemParameters(topology, options, "topology");
    }

    /**
     * As {@link #createSystemParameters(Topology, ForceFieldOptions)}, naming the topology's origin (such as
     * the PDB file) in error messages.
     */
    public SystemParameters createSystemParameters(Topology topology, ForceFieldOptions options, String topologySource) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(options, "options");
        return new SystemParametersBuilder(this, topology, options, Objects.requireNonNull(topologySource)).build();
    }

    /** The file names this force field was loaded from, in order. */
    public List<String> sources() {
        return sources;
    }

    public Map<String, AtomType> atomTypes() {
        return atomTypes;
    }

    /** Residue templates by name. */
    public Map<String, ResidueTemplate> templates() {
        return templates;
    }

    /** The implicit-solvent scripts recognised in the files, in file order. */
    public List<ImplicitSolventScript> scripts() {
        return scripts;
    }

    public Optional<NonbondedDefinition> nonbonded() {
        return nonbonded;
    }

    /** Charge (e), radius (nm) and scale per type from {@code <GBSAOBCForce>}, if a file has one. */
    public Optional<AtomParameterTable> gbsaObc() {
        return gbsaObc;
    }

    List<ResidueTemplate> templatesWithSignature(String signature) {
        return templatesBySignature.getOrDefault(signature, List.of());
    }

    List<BondDefinition> bonds() {
        return bonds;
    }

    List<AngleDefinition> angles() {
        return angles;
    }

    List<TorsionDefinition> propers() {
        return propers;
    }

    List<TorsionDefinition> impropers() {
        return impropers;
    }

    boolean hasCmap() {
        return hasCmap;
    }

    List<double[]> cmapMaps() {
        return cmapMaps;
    }

    List<CmapDefinition> cmapTorsions() {
        return cmapTorsions;
    }

}
