package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arbg.adapters.BadInputException;
import org.w3c.dom.Element;

/**
 * Reads parsed force-field documents into a {@link ForceField}, following the order and rules of
 * OpenMM's {@code ForceField.loadFile}. Definitions naming an unknown atom type or class are skipped, as
 * OpenMM skips them (files such as amber14 define parameters for types that other files add).
 */
final class ForceFieldReader {
    /** Tags that hold no parameters. */
    private static final Set<String> IGNORED = Set.of("Info", "AtomTypes", "Residues", "Script");
    private static final double SCALE_TOLERANCE = 1e-5;

    final List<String> sources = new ArrayList<>();
    final Map<String, AtomType> atomTypes = new LinkedHashMap<>();
    final Map<String, Set<String>> classes = new HashMap<>();
    final Set<String> allTypes = new LinkedHashSet<>();
    final Map<String, ResidueTemplate> templates = new LinkedHashMap<>();
    final List<BondDefinition> bonds = new ArrayList<>();
    final List<AngleDefinition> angles = new ArrayList<>();
    final List<TorsionDefinition> propers = new ArrayList<>();
    final List<TorsionDefinition> impropers = new ArrayList<>();
    final List<double[]> cmapMaps = new ArrayList<>();
    final List<CmapDefinition> cmapTorsions = new ArrayList<>();
    boolean hasCmap;
    NonbondedDefinition nonbonded;
    AtomParameterTable gbsaObc;
    final List<ImplicitSolventScript> scripts = new ArrayList<>();

    ForceField read(List<ForceFieldSource> docs) {
        for (ForceFieldSource d : docs) {
            sources.add(d.name());
            rejectUnsupported(d);
        }
        for (ForceFieldSource d : docs) {
            for (Element types : XmlNodes.children(d.document().getDocumentElement(), "AtomTypes")) {
                for (Element t : XmlNodes.children(types, "Type")) {
                    readAtomType(d.name(), t);
                }
            }
        }
        for (ForceFieldSource d : docs) {
            for (Element residues : XmlNodes.children(d.document().getDocumentElement(), "Residues")) {
                for (Element r : XmlNodes.children(residues, "Residue")) {
                    readTemplate(d.name(), r);
                }
            }
        }
        for (ForceFieldSource d : docs) {
            for (Element force : XmlNodes.children(d.document().getDocumentElement(), null)) {
                switch (force.getTagName()) {
                    case "HarmonicBondForce" -> readBonds(d.name(), force);
                    case "HarmonicAngleForce" -> readAngles(d.name(), force);
                    case "PeriodicTorsionForce" -> readTorsions(d.name(), force);
                    case "CMAPTorsionForce" -> readCmap(d.name(), force);
                    case "NonbondedForce" -> readNonbonded(d.name(), force);
                    case "GBSAOBCForce" -> readGbsaObc(d.name(), force);
                    default -> { }
                }
            }
        }
        for (ForceFieldSource d : docs) {
            for (Element s : XmlNodes.children(d.document().getDocumentElement(), "Script")) {
                scripts.add(ImplicitSolventScript.recognise(s.getTextContent()).orElseThrow(() ->
                        new BadInputException(d.name(), "<Script>", "holds a script arbg does not recognise; arbg "
                                + "never executes scripts and knows only OpenMM 7.7's implicit/obc1.xml and obc2.xml")));
            }
        }
        if (scripts.size() > 1) {
            throw new BadInputException(String.join(", ", sources), "<Script>",
                    "more than one implicit-solvent script; load only one of implicit/obc1.xml, implicit/obc2.xml");
        }
        if (!scripts.isEmpty() && gbsaObc != null) {
            throw new BadInputException(String.join(", ", sources), "",
                    "both a <GBSAOBCForce> and an implicit-solvent script; load one implicit-solvent file only");
        }
        return new ForceField(this);
    }

    private static void rejectUnsupported(ForceFieldSource d) {
        for (Element e : XmlNodes.children(d.document().getDocumentElement(), null)) {
            String tag = e.getTagName();
            boolean supported = IGNORED.contains(tag) || switch (tag) {
                case "HarmonicBondForce", "HarmonicAngleForce", "PeriodicTorsionForce", "CMAPTorsionForce",
                     "NonbondedForce", "GBSAOBCForce" -> true;
                default -> false;
            };
            if (!supported) {
                throw new BadInputException(d.name(), "<" + tag + ">", "arbg does not implement this force-field "
                        + "element (supported: AtomTypes, Residues, HarmonicBondForce, HarmonicAngleForce, "
                        + "PeriodicTorsionForce, CMAPTorsionForce, NonbondedForce, GBSAOBCForce, and the OBC1/OBC2 "
                        + "implicit-solvent scripts)");
            }
        }
    }

    private void readAtomType(String file, Element t) {
        String name = required(file, t, "name");
        if (atomTypes.containsKey(name)) {
            throw new BadInputException(file, "atom type " + name, "defined more than once over the loaded files");
        }
        String atomClass = required(file, t, "class");
        double mass = number(file, t, "mass");
        String symbol = t.hasAttribute("element") ? t.getAttribute("element").trim() : "";
        Optional<org.arbg.adapters.topology.Element> element = org.arbg.adapters.topology.Element.bySymbol(symbol);
        atomTypes.put(name, new AtomType(name, atomClass, mass, symbol, element));
        classes.computeIfAbsent(atomClass, k -> new LinkedHashSet<>()).add(name);
        allTypes.add(name);
    }

    private void readTemplate(String file, Element r) {
        String name = required(file, r, "name");
        String where = "residue template " + name;
        int override = r.hasAttribute("override") ? (int) number(file, r, "override") : 0;
        if (!XmlNodes.children(r, "VirtualSite").isEmpty()) {
            throw new BadInputException(file, where, "virtual sites are not supported by arbg");
        }
        ResidueTemplate.Builder b = new ResidueTemplate.Builder(name, override);
        for (Element a : XmlNodes.children(r, "Atom")) {
            String atomName = required(file, a, "name");
            String typeName = required(file, a, "type");
            AtomType type = atomTypes.get(typeName);
            if (type == null) {
                throw new BadInputException(file, where + " atom " + atomName, "unknown atom type " + typeName);
            }
            Map<String, Double> params = new HashMap<>();
            for (Map.Entry<String, String> e : XmlNodes.attributes(a).entrySet()) {
                if (!e.getKey().equals("name") && !e.getKey().equals("type")) {
                    params.put(e.getKey(), parse(file, where + " atom " + atomName, e.getKey(), e.getValue()));
                }
            }
            if (!b.addAtom(new TemplateAtom(atomName, typeName, type.elementSymbol(), type.element(), params))) {
                throw new BadInputException(file, where, "contains more than one atom named " + atomName);
            }
        }
        for (Element bond : XmlNodes.children(r, "Bond")) {
            if (bond.hasAttribute("atomName1")) {
                b.addBond(atomIndex(file, where, b, bond.getAttribute("atomName1")),
                        atomIndex(file, where, b, bond.getAttribute("atomName2")));
            } else {
                b.addBond(index(file, where, b, bond, "from"), index(file, where, b, bond, "to"));
            }
        }
        for (Element ext : XmlNodes.children(r, "ExternalBond")) {
            b.addExternalBond(ext.hasAttribute("atomName") ? atomIndex(file, where, b, ext.getAttribute("atomName"))
                    : index(file, where, b, ext, "from"));
        }
        ResidueTemplate t = b.build();
        ResidueTemplate existing = templates.get(name);
        if (existing != null) {
            if (t.overrideLevel() < existing.overrideLevel()) {
                return;
            }
            if (t.overrideLevel() == existing.overrideLevel()) {
                throw new BadInputException(file, where, "a template of this name and override level "
                        + t.overrideLevel() + " exists already");
            }
            templates.remove(name); // the new one goes last, as OpenMM appends it to its signature list
        }
        templates.put(name, t);
    }

    private void readBonds(String file, Element force) {
        for (Element e : XmlNodes.children(force, "Bond")) {
            TypeSet[] t = findTypes(file, e, 2);
            if (t != null) {
                bonds.add(new BondDefinition(t[0], t[1], number(file, e, "length"), number(file, e, "k")));
            }
        }
    }

    private void readAngles(String file, Element force) {
        for (Element e : XmlNodes.children(force, "Angle")) {
            TypeSet[] t = findTypes(file, e, 3);
            if (t != null) {
                angles.add(new AngleDefinition(t[0], t[1], t[2], number(file, e, "angle"), number(file, e, "k")));
            }
        }
    }

    private void readTorsions(String file, Element force) {
        ImproperOrdering ordering = ImproperOrdering.DEFAULT;
        if (force.hasAttribute("ordering")) {
            String o = force.getAttribute("ordering");
            ordering = ImproperOrdering.parse(o).orElseThrow(() -> new BadInputException(file,
                    "<PeriodicTorsionForce>", "unknown improper ordering \"" + o + "\" (OpenMM knows default, "
                    + "charmm, amber, smirnoff)"));
        }
        for (Element e : XmlNodes.children(force, "Proper")) {
            TorsionDefinition t = torsion(file, e, ImproperOrdering.DEFAULT);
            if (t != null) {
                propers.add(t);
            }
        }
        for (Element e : XmlNodes.children(force, "Improper")) {
            TorsionDefinition t = torsion(file, e, ordering);
            if (t != null) {
                impropers.add(t);
            }
        }
    }

    private TorsionDefinition torsion(String file, Element e, ImproperOrdering ordering) {
        TypeSet[] t = findTypes(file, e, 4);
        if (t == null) {
            return null;
        }
        List<Integer> n = new ArrayList<>();
        List<Double> phase = new ArrayList<>();
        List<Double> k = new ArrayList<>();
        for (int i = 1; e.hasAttribute("phase" + i); i++) {
            n.add((int) number(file, e, "periodicity" + i));
            phase.add(number(file, e, "phase" + i));
            k.add(number(file, e, "k" + i));
        }
        return new TorsionDefinition(t, n.stream().mapToInt(Integer::intValue).toArray(),
                phase.stream().mapToDouble(Double::doubleValue).toArray(),
                k.stream().mapToDouble(Double::doubleValue).toArray(), ordering);
    }

    private void readCmap(String file, Element force) {
        hasCmap = true;
        for (Element m : XmlNodes.children(force, "Map")) {
            String[] tokens = m.getTextContent().trim().split("\\s+");
            double[] values = new double[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                values[i] = parse(file, "<CMAPTorsionForce> map " + cmapMaps.size(), "value", tokens[i]);
            }
            int size = (int) Math.round(Math.sqrt(values.length));
            if (size * size != values.length) {
                throw new BadInputException(file, "<CMAPTorsionForce> map " + cmapMaps.size(),
                        "a CMAP must have the same number of values along each dimension");
            }
            cmapMaps.add(values);
        }
        for (Element e : XmlNodes.children(force, "Torsion")) {
            TypeSet[] t = findTypes(file, e, 5);
            if (t != null) {
                cmapTorsions.add(new CmapDefinition(t, (int) number(file, e, "map")));
            }
        }
    }

    private void readNonbonded(String file, Element force) {
        double c14 = number(file, force, "coulomb14scale");
        double lj14 = number(file, force, "lj14scale");
        Optional<Boolean> dispersion = force.hasAttribute("useDispersionCorrection")
                ? Optional.of(Boolean.parseBoolean(force.getAttribute("useDispersionCorrection").toLowerCase()))
                : Optional.empty();
        if (nonbonded == null) {
            nonbonded = new NonbondedDefinition(c14, lj14, dispersion,
                    new AtomParameterTable("NonbondedForce", List.of("charge", "sigma", "epsilon")));
        } else {
            if (Math.abs(nonbonded.coulomb14Scale() - c14) > SCALE_TOLERANCE
                    || Math.abs(nonbonded.lj14Scale() - lj14) > SCALE_TOLERANCE) {
                throw new BadInputException(file, "<NonbondedForce>", "1-4 scales differ from an earlier file's");
            }
            if (nonbonded.useDispersionCorrection().isPresent() && dispersion.isPresent()
                    && !nonbonded.useDispersionCorrection().equals(dispersion)) {
                throw new BadInputException(file, "<NonbondedForce>",
                        "useDispersionCorrection differs from an earlier file's");
            }
        }
        readAtomParameters(file, force, nonbonded.atoms());
    }

    private void readGbsaObc(String file, Element force) {
        if (gbsaObc == null) {
            gbsaObc = new AtomParameterTable("GBSAOBCForce", List.of("charge", "radius", "scale"));
        }
        readAtomParameters(file, force, gbsaObc);
    }

    /** OpenMM's {@code _AtomTypeParameters.parseDefinitions}. */
    private void readAtomParameters(String file, Element force, AtomParameterTable table) {
        String where = "<" + table.forceName() + ">";
        List<String> expected = new ArrayList<>(table.parameterNames());
        List<String> fromResidue = new ArrayList<>();
        for (Element u : XmlNodes.children(force, "UseAttributeFromResidue")) {
            String p = required(file, u, "name");
            if (!expected.remove(p)) {
                throw new BadInputException(file, where, "<UseAttributeFromResidue> names an invalid attribute " + p);
            }
            fromResidue.add(p);
        }
        for (Element a : XmlNodes.children(force, "Atom")) {
            for (String p : fromResidue) {
                if (a.hasAttribute(p)) {
                    throw new BadInputException(file, where, "attribute \"" + p
                            + "\" appears both in <Atom> and in <UseAttributeFromResidue>");
                }
            }
            TypeSet[] t = findTypes(file, a, 1);
            if (t == null) {
                continue;
            }
            Map<String, Double> values = new HashMap<>();
            for (String p : expected) {
                if (!a.hasAttribute(p)) {
                    throw new BadInputException(file, where, "no value given for \"" + p + "\"");
                }
                values.put(p, number(file, a, p));
            }
            for (String type : t[0].types()) {
                table.put(type, values);
            }
        }
    }

    /**
     * OpenMM's {@code _findAtomTypes}: the type sets of {@code class1..classN} / {@code type1..typeN} (no
     * suffix when n = 1), or null when one names an unknown type or class.
     */
    private TypeSet[] findTypes(String file, Element e, int n) {
        TypeSet[] out = new TypeSet[n];
        for (int i = 0; i < n; i++) {
            String suffix = n == 1 ? "" : String.valueOf(i + 1);
            String cls = "class" + suffix;
            String type = "type" + suffix;
            if (e.hasAttribute(cls)) {
                if (e.hasAttribute(type)) {
                    throw new BadInputException(file, "<" + e.getTagName() + ">",
                            "both a type and a class are given for the same atom: " + XmlNodes.attributes(e));
                }
                String c = e.getAttribute(cls);
                if (c.isEmpty()) {
                    out[i] = new TypeSet(allTypes, true);
                } else if (classes.containsKey(c)) {
                    out[i] = new TypeSet(classes.get(c), false);
                } else {
                    return null;
                }
            } else if (e.hasAttribute(type)) {
                String t = e.getAttribute(type);
                if (t.isEmpty()) {
                    out[i] = new TypeSet(allTypes, true);
                } else if (atomTypes.containsKey(t)) {
                    out[i] = new TypeSet(Set.of(t), false);
                } else {
                    return null;
                }
            } else {
                return null;
            }
        }
        return out;
    }

    private static int atomIndex(String file, String where, ResidueTemplate.Builder b, String atomName) {
        int i = b.indexOf(atomName);
        if (i < 0) {
            throw new BadInputException(file, where, "a bond names atom " + atomName + ", which the template lacks");
        }
        return i;
    }

    private static int index(String file, String where, ResidueTemplate.Builder b, Element e, String attr) {
        int i = (int) number(file, e, attr);
        if (i < 0 || i >= b.numAtoms()) {
            throw new BadInputException(file, where, "bond atom index " + i + " is out of range");
        }
        return i;
    }

    private static String required(String file, Element e, String attr) {
        if (!e.hasAttribute(attr)) {
            throw new BadInputException(file, "<" + e.getTagName() + ">", "attribute \"" + attr + "\" is missing");
        }
        return e.getAttribute(attr);
    }

    private static double number(String file, Element e, String attr) {
        return parse(file, "<" + e.getTagName() + ">", attr, required(file, e, attr));
    }

    private static double parse(String file, String where, String attr, String value) {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException ex) {
            throw new BadInputException(file, where, "attribute \"" + attr + "\" is not a number: " + value, ex);
        }
    }
}
