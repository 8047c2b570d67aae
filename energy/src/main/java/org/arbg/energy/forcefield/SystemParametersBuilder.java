package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Bond;
import org.arbg.adapters.topology.Topology;

/**
 * arbg's {@code ForceField.createSystem}: residue templates → atom types → parameters of every force, in
 * OpenMM's order and with OpenMM's matching rules. One instance builds one {@link SystemParameters}.
 */
final class SystemParametersBuilder {
    /** OpenMM's NonbondedForce default reaction-field dielectric. */
    private static final double DEFAULT_RF_DIELECTRIC = 78.3;
    /** OpenMM GBSAOBCForce default solvent dielectric. */
    private static final double GBSAOBC_SOLVENT_DIELECTRIC = 78.3;
    /** customgbforces.py default solvent dielectric. */
    private static final double CUSTOM_GB_SOLVENT_DIELECTRIC = 78.5;
    /** OpenMM's default temperature for the salt-to-kappa conversion, K (unused without salt). */
    private static final double DEFAULT_TEMPERATURE_K = 298.15;

    private final ForceField ff;
    private final Topology top;
    private final ForceFieldOptions options;
    private final String source;
    private TemplateAssignment types;

    SystemParametersBuilder(ForceField ff, Topology top, ForceFieldOptions options, String source) {
        this.ff = ff;
        this.top = top;
        this.options = options;
        this.source = source;
    }

    SystemParameters build() {
        checkOptionsAreUsed();
        types = TemplateAssignment.assign(ff, top, source);
        double[] masses = new double[top.numAtoms()];
        for (int i = 0; i < masses.length; i++) {
            masses[i] = ff.atomTypes().get(types.type(i)).massAmu();
        }
        BondedTuples tuples = BondedTuples.of(top);
        List<PeriodicTorsion> torsions = propers(tuples.propers);
        new ImproperAssigner(ff.impropers(), top, types).assign(tuples.impropers, torsions);
        Optional<NonbondedParameters> nonbonded = ff.nonbonded().map(this::nonbonded);
        Optional<ImplicitSolventParameters> gb = implicitSolvent(nonbonded);
        return new SystemParameters(masses, bonds(), angles(tuples.angles), torsions,
                ff.hasCmap() ? Optional.of(cmap(tuples.propers)) : Optional.empty(), nonbonded, gb,
                options.removeCMMotion());
    }

    /** OpenMM's ArgTracker: an option no part of this force field reads is an error. */
    private void checkOptionsAreUsed() {
        boolean script = !ff.scripts().isEmpty();
        boolean gb = script || ff.gbsaObc().isPresent();
        if (!gb && (options.soluteDielectric().isPresent() || options.solventDielectric().isPresent())) {
            throw new IllegalArgumentException("dielectric constants were given but " + ff.sources()
                    + " define no implicit solvent that would use them");
        }
        if (!script && options.saltConcentrationMolar().isPresent()) {
            throw new IllegalArgumentException("a salt concentration or kappa was given but " + ff.sources()
                    + " define no implicit-solvent script (implicit/obc1.xml, obc2.xml) that uses it");
        }
    }

    private List<HarmonicBond> bonds() {
        List<HarmonicBond> out = new ArrayList<>();
        for (Bond b : top.bonds()) {
            String t1 = types.type(b.atom1());
            String t2 = types.type(b.atom2());
            for (BondDefinition d : ff.bonds()) {
                if (d.matches(t1, t2)) {
                    if (d.k() != 0) {
                        out.add(new HarmonicBond(b.atom1(), b.atom2(), d.lengthNm(), d.k()));
                    }
                    break;
                }
            }
        }
        return out;
    }

    private List<HarmonicAngle> angles(List<int[]> angles) {
        List<HarmonicAngle> out = new ArrayList<>();
        for (int[] a : angles) {
            String t1 = types.type(a[0]);
            String t2 = types.type(a[1]);
            String t3 = types.type(a[2]);
            for (AngleDefinition d : ff.angles()) {
                if (d.matches(t1, t2, t3)) {
                    if (d.k() != 0) {
                        out.add(new HarmonicAngle(a[0], a[1], a[2], d.angleRad(), d.k()));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Proper torsions; a definition without wildcards beats one with, the first of each kind wins. */
    private List<PeriodicTorsion> propers(List<int[]> propers) {
        List<PeriodicTorsion> out = new ArrayList<>();
        for (int[] p : propers) {
            String t1 = types.type(p[0]);
            String t2 = types.type(p[1]);
            String t3 = types.type(p[2]);
            String t4 = types.type(p[3]);
            TorsionDefinition match = null;
            for (TorsionDefinition d : ff.propers()) {
                boolean forward = d.types(0).contains(t1) && d.types(1).contains(t2) && d.types(2).contains(t3)
                        && d.types(3).contains(t4);
                boolean backward = d.types(0).contains(t4) && d.types(1).contains(t3) && d.types(2).contains(t2)
                        && d.types(3).contains(t1);
                if (forward || backward) {
                    boolean wildcard = d.hasWildcard();
                    if (match == null || !wildcard) {
                        match = d;
                    }
                    if (!wildcard) {
                        break;
                    }
                }
            }
            if (match != null) {
                int[] n = match.periodicity();
                double[] phase = match.phaseRad();
                double[] k = match.k();
                for (int t = 0; t < k.length; t++) {
                    if (k[t] != 0) {
                        out.add(new PeriodicTorsion(p[0], p[1], p[2], p[3], n[t], phase[t], k[t]));
                    }
                }
            }
        }
        return out;
    }

    /** Chains of five bonded atoms built from the propers, as OpenMM's CMAPTorsionGenerator. */
    private CmapParameters cmap(List<int[]> propers) {
        TreeSet<int[]> chains = new TreeSet<>(java.util.Arrays::compare);
        for (int[] p : propers) {
            for (int a : top.neighbors(p[0])) {
                if (a != p[1]) {
                    chains.add(new int[] {a, p[0], p[1], p[2], p[3]});
                }
            }
            for (int a : top.neighbors(p[3])) {
                if (a != p[2]) {
                    chains.add(new int[] {p[0], p[1], p[2], p[3], a});
                }
            }
        }
        List<CmapTorsion> out = new ArrayList<>();
        for (int[] c : chains) {
            String[] t = new String[5];
            for (int i = 0; i < 5; i++) {
                t[i] = types.type(c[i]);
            }
            CmapDefinition match = null;
            for (CmapDefinition d : ff.cmapTorsions()) {
                if (d.matches(t)) {
                    boolean wildcard = d.hasWildcard();
                    if (match == null || !wildcard) {
                        match = d;
                    }
                    if (!wildcard) {
                        break;
                    }
                }
            }
            if (match != null) {
                out.add(new CmapTorsion(match.map(), c));
            }
        }
        return new CmapParameters(ff.cmapMaps(), out);
    }

    private NonbondedParameters nonbonded(NonbondedDefinition def) {
        List<NonbondedParticle> particles = new ArrayList<>(top.numAtoms());
        for (int i = 0; i < top.numAtoms(); i++) {
            double[] v = atomValues(def.atoms(), i);
            particles.add(new NonbondedParticle(v[0], v[1], v[2]));
        }
        boolean gb = !ff.scripts().isEmpty() || ff.gbsaObc().isPresent();
        // GB generators and the OBC scripts switch the reaction field off: it is wrong together with GB
        double rf = gb ? 1.0 : DEFAULT_RF_DIELECTRIC;
        return new NonbondedParameters(options.nonbondedMethod(), options.cutoffOrDefaultNm(), rf,
                def.useDispersionCorrection().orElse(true), particles,
                NonbondedExceptions.fromBonds(top, particles, def.coulomb14Scale(), def.lj14Scale()));
    }

    private Optional<ImplicitSolventParameters> implicitSolvent(Optional<NonbondedParameters> nonbonded) {
        double solute = options.soluteDielectric().orElse(1.0);
        if (ff.gbsaObc().isPresent()) {
            List<GbsaObcParticle> particles = new ArrayList<>(top.numAtoms());
            for (int i = 0; i < top.numAtoms(); i++) {
                double[] v = atomValues(ff.gbsaObc().get(), i);
                particles.add(new GbsaObcParticle(v[0], v[1], v[2]));
            }
            return Optional.of(new GbsaObcParameters(particles, solute,
                    options.solventDielectric().orElse(GBSAOBC_SOLVENT_DIELECTRIC),
                    GbsaObcParameters.DEFAULT_SURFACE_AREA_ENERGY, options.nonbondedMethod(),
                    options.cutoffOrDefaultNm()));
        }
        if (ff.scripts().isEmpty()) {
            return Optional.empty();
        }
        ImplicitSolventScript script = ff.scripts().get(0);
        NonbondedParameters nb = nonbonded.orElseThrow(() -> new BadInputException(String.join(", ", ff.sources()),
                "<Script>", "implicit solvent needs the charges of a <NonbondedForce>, and no file defines one"));
        double solvent = options.solventDielectric().orElse(CUSTOM_GB_SOLVENT_DIELECTRIC);
        return Optional.of(new CustomObcParameters(script, ObcRadii.particles(top, nb.particles()), solute, solvent,
                options.saltConcentrationMolar().orElse(0.0), options.temperatureK().orElse(DEFAULT_TEMPERATURE_K),
                options.nonbondedMethod(), options.cutoffOrDefaultNm()));
    }

    private double[] atomValues(AtomParameterTable table, int atom) {
        String[] why = new String[1];
        TemplateAtom ta = types.templateAtom(atom);
        Map<String, Double> params = ta.parameters();
        return table.lookup(ta.type(), params, why).orElseThrow(() -> new BadInputException(source,
                top.describeAtom(atom), why[0] + " (template " + types.template(top.atom(atom).residueIndex()).name()
                + " atom " + ta.name() + ")"));
    }
}
