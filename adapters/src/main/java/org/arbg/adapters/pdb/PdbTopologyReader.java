package org.arbg.adapters.pdb;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.templates.ResidueTemplate;
import org.arbg.adapters.templates.ResidueTemplates;
import org.arbg.adapters.topology.Bond;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyBuilder;

/**
 * Reads a PDB file into a {@link Structure}: the first model's atoms with names standardised as OpenMM's
 * PDBFile does (pdbNames.xml), elements from columns 77-78 or inferred from the name, positions in nm, and bonds
 * from residue templates (residues.xml: within residues, peptide and other links to chain neighbours, and
 * disulfides by distance). A residue without a template is bonded by distance and named in a warning.
 *
 * <p>Every problem with the input is a {@link BadInputException} naming the file and a line or residue: garbled
 * or truncated records, NaN coordinates, unknown elements, duplicate atoms, atoms a template does not know, and
 * residues lacking template atoms (e.g. hydrogens in a crystal structure). Stateless and thread-safe.
 */
public final class PdbTopologyReader {
    private final ResidueTemplates templates;

    /** A reader with the bundled templates. */
    public PdbTopologyReader() {
        this(ResidueTemplates.standard());
    }

    public PdbTopologyReader(ResidueTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** The structure of a PDB file; see {@link #readWithReport} for warnings and per-residue bonding. */
    public Structure read(Path pdb, PdbReadOptions options) {
        return readWithReport(pdb, options).structure();
    }

    /** The structure of a PDB file with its source atom indices, per-residue bonding and warnings. */
    public PdbReadResult readWithReport(Path pdb, PdbReadOptions options) {
        Objects.requireNonNull(pdb, "pdb");
        Objects.requireNonNull(options, "options");
        List<String> warnings = new ArrayList<>();
        PdbLineParser.Parsed parsed = PdbLineParser.parse(pdb);
        List<List<ResidueGroup>> chains = ResidueAssembler.assemble(pdb, parsed.atoms(), templates, warnings);
        if (options.stripSolvent()) {
            chains = withoutSolvent(chains);
            if (chains.isEmpty()) {
                throw new BadInputException(pdb, "", "only water and ions: nothing left after stripping solvent");
            }
        }
        assignElements(pdb, chains);
        checkAgainstTemplates(pdb, chains);

        TopologyBuilder builder = new TopologyBuilder();
        List<Double> xyz = new ArrayList<>();
        List<Integer> source = new ArrayList<>();
        List<ResidueBonding> bonding = new ArrayList<>();
        List<List<Map<String, Integer>>> atomMaps = new ArrayList<>();
        List<Element> elements = new ArrayList<>();
        for (List<ResidueGroup> chain : chains) {
            builder.addChain(chain.get(0).chainId);
            List<Map<String, Integer>> maps = new ArrayList<>();
            for (ResidueGroup r : chain) {
                int residueIndex = builder.addResidue(r.standardName, r.number, r.insertionCode);
                Map<String, Integer> map = new HashMap<>();
                for (Map.Entry<String, PdbAtomLine> e : r.atoms.entrySet()) {
                    PdbAtomLine a = e.getValue();
                    Element element = r.elements.get(e.getKey());
                    map.put(e.getKey(), builder.addAtom(e.getKey(), element, a.serial()));
                    elements.add(element);
                    xyz.add(a.xA() / 10.0); // Å to nm
                    xyz.add(a.yA() / 10.0);
                    xyz.add(a.zA() / 10.0);
                    source.add(a.recordIndex());
                }
                maps.add(map);
                boolean templated = templates.template(r.standardName).isPresent();
                bonding.add(new ResidueBonding(residueIndex, r.fileName, templated ? r.standardName : "",
                        templated ? BondSource.TEMPLATE : BondSource.DISTANCE));
            }
            atomMaps.add(maps);
        }
        Topology unbonded = builder.build();
        double[] positions = xyz.stream().mapToDouble(Double::doubleValue).toArray();
        Topology topology = unbonded.withBonds(bonds(pdb, unbonded, chains, atomMaps, elements, positions,
                bonding, warnings));
        Structure structure = new Structure(topology, positions, parsed.boxNm());
        return new PdbReadResult(structure, source.stream().mapToInt(Integer::intValue).toArray(), bonding,
                warnings);
    }

    private List<List<ResidueGroup>> withoutSolvent(List<List<ResidueGroup>> chains) {
        List<List<ResidueGroup>> kept = new ArrayList<>();
        for (List<ResidueGroup> chain : chains) {
            List<ResidueGroup> solute = new ArrayList<>();
            for (ResidueGroup r : chain) {
                if (!SolventNames.isSolvent(r.standardName, r.atoms.size())) {
                    solute.add(r);
                }
            }
            if (!solute.isEmpty()) {
                kept.add(solute);
            }
        }
        return kept;
    }

    /** Rejects atoms a template does not know (at once) and residues lacking template atoms (all listed). */
    private void checkAgainstTemplates(Path pdb, List<List<ResidueGroup>> chains) {
        List<String> incomplete = new ArrayList<>();
        String firstPlace = "";
        for (List<ResidueGroup> chain : chains) {
            for (int i = 0; i < chain.size(); i++) {
                ResidueGroup r = chain.get(i);
                Optional<ResidueTemplate> t = templates.template(r.standardName);
                if (t.isEmpty()) {
                    continue;
                }
                List<String> unknown = t.get().unknownAtoms(r.atoms.keySet());
                if (!unknown.isEmpty()) {
                    PdbAtomLine a = r.atoms.get(unknown.get(0));
                    throw new BadInputException(pdb, "line " + a.line() + ", residue " + r.label(),
                            "atom " + String.join(", ", unknown) + " is not in the " + t.get().name()
                                    + " template, which has " + String.join(" ", t.get().atomNames())
                                    + "; rename the atom or the residue");
                }
                List<String> missing = t.get().missingAtoms(r.atoms.keySet(), r.fileName, i == 0);
                if (!missing.isEmpty()) {
                    if (incomplete.isEmpty()) {
                        firstPlace = "residue " + r.label();
                    }
                    incomplete.add(r.label() + " lacks " + String.join(", ", missing));
                }
            }
        }
        if (!incomplete.isEmpty()) {
            int shown = Math.min(incomplete.size(), 20);
            throw new BadInputException(pdb, firstPlace, incomplete.size() + " residue(s) lack atoms of their"
                    + " templates (crystal structures usually lack hydrogens: add them, e.g. with pdbfixer or"
                    + " OpenMM's Modeller.addHydrogens):\n  " + String.join("\n  ", incomplete.subList(0, shown))
                    + (shown < incomplete.size() ? "\n  ... and " + (incomplete.size() - shown) + " more" : ""));
        }
    }

    private static void assignElements(Path pdb, List<List<ResidueGroup>> chains) {
        for (List<ResidueGroup> chain : chains) {
            for (ResidueGroup r : chain) {
                for (Map.Entry<String, PdbAtomLine> e : r.atoms.entrySet()) {
                    r.elements.put(e.getKey(), element(pdb, e.getValue(), e.getKey(), r.atoms.size() == 1));
                }
            }
        }
    }

    private static Element element(Path pdb, PdbAtomLine a, String name, boolean singleAtomResidue) {
        if (!a.element().isEmpty()) {
            return Element.bySymbol(a.element()).orElseThrow(() -> new BadInputException(pdb, "line " + a.line(),
                    "unknown or unsupported element '" + a.element() + "' (columns 77-78) for atom " + a.name()));
        }
        return ElementGuess.fromName(name, singleAtomResidue).orElseThrow(() -> new BadInputException(pdb,
                "line " + a.line(), "cannot tell the element of atom " + a.name()
                        + " from its name; write it in columns 77-78"));
    }

    private TreeSet<Bond> bonds(Path pdb, Topology top, List<List<ResidueGroup>> chains,
                                List<List<Map<String, Integer>>> atomMaps, List<Element> elements,
                                double[] positions, List<ResidueBonding> bonding, List<String> warnings) {
        TreeSet<Bond> bonds = new TreeSet<>();
        List<Integer> freeSulfurs = new ArrayList<>();
        for (int c = 0; c < chains.size(); c++) {
            List<Optional<ResidueTemplate>> chainTemplates = new ArrayList<>();
            for (ResidueGroup r : chains.get(c)) {
                chainTemplates.add(templates.template(r.standardName));
            }
            TemplateBonds.addChainBonds(atomMaps.get(c), chainTemplates, positions, bonds, warnings,
                    top::describeAtom);
            for (int i = 0; i < chains.get(c).size(); i++) {
                Map<String, Integer> m = atomMaps.get(c).get(i);
                if (chains.get(c).get(i).standardName.equals("CYS") && m.containsKey("SG") && !m.containsKey("HG")) {
                    freeSulfurs.add(m.get("SG"));
                }
            }
        }
        TemplateBonds.addDisulfides(freeSulfurs, positions, bonds);

        List<String> byDistance = new ArrayList<>();
        for (ResidueBonding rb : bonding) {
            if (rb.source() == BondSource.DISTANCE) {
                var residue = top.residue(rb.residueIndex());
                List<Bond> found = distanceBonds(top, residue, elements, positions);
                checkDistanceBonded(pdb, top, residue, found);
                bonds.addAll(found);
                String chain = top.chainOf(residue).id();
                byDistance.add(residue.label() + (chain.isEmpty() ? "" : " chain " + chain));
            }
        }
        if (!byDistance.isEmpty()) {
            warnings.add("no residue template for " + String.join(", ", byDistance)
                    + ": bonded by interatomic distance; check these bonds (arbg inspect)");
        }
        return bonds;
    }

    /**
     * Distance bonds of a template-less residue: among its own atoms, and to the atoms of its chain neighbours
     * (so a non-standard residue inside a peptide is linked to it); bonds between two neighbour atoms are not
     * taken, those come from templates.
     */
    private static List<Bond> distanceBonds(Topology top, Residue residue, List<Element> elements,
                                            double[] positions) {
        var chain = top.chainOf(residue);
        int from = residue.index() > chain.firstResidue() ? top.residue(residue.index() - 1).firstAtom()
                : residue.firstAtom();
        int to = residue.index() + 1 < chain.firstResidue() + chain.residueCount()
                ? top.residue(residue.index() + 1).endAtom() : residue.endAtom();
        int[] atoms = new int[to - from];
        Element[] el = new Element[atoms.length];
        for (int k = 0; k < atoms.length; k++) {
            atoms[k] = from + k;
            el[k] = elements.get(from + k);
        }
        List<Bond> found = new ArrayList<>();
        for (Bond b : DistanceBonds.bond(atoms, el, positions)) {
            if (inside(residue, b.atom1()) || inside(residue, b.atom2())) {
                found.add(b);
            }
        }
        return found;
    }

    private static boolean inside(Residue r, int atom) {
        return atom >= r.firstAtom() && atom < r.endAtom();
    }

    /** A template-less residue must be bondable: atoms that overlap or bond to nothing mean no usable geometry. */
    private static void checkDistanceBonded(Path pdb, Topology top, Residue residue, List<Bond> found) {
        if (residue.atomCount() < 2) {
            return;
        }
        boolean[] bonded = new boolean[residue.atomCount()];
        for (Bond b : found) {
            for (int a : new int[] {b.atom1(), b.atom2()}) {
                if (inside(residue, a)) {
                    bonded[a - residue.firstAtom()] = true;
                }
            }
        }
        List<String> lone = new ArrayList<>();
        for (int k = 0; k < bonded.length; k++) {
            if (!bonded[k]) {
                lone.add(top.atom(residue.firstAtom() + k).name());
            }
        }
        if (!lone.isEmpty()) {
            String chain = top.chainOf(residue).id();
            throw new BadInputException(pdb, "residue " + residue.label() + (chain.isEmpty() ? "" : " chain " + chain),
                    "no residue template, and its coordinates do not bond atom(s) " + String.join(", ", lone)
                            + " to anything (missing, overlapping or placeholder coordinates?); give the residue"
                            + " proper coordinates or a standard name");
        }
    }
}
