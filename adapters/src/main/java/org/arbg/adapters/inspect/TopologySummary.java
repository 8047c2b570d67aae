package org.arbg.adapters.inspect;

import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.pdb.BondSource;
import org.arbg.adapters.pdb.PdbReadResult;
import org.arbg.adapters.pdb.ResidueBonding;
import org.arbg.adapters.topology.Atom;
import org.arbg.adapters.topology.Chain;
import org.arbg.adapters.topology.Element;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;

/**
 * What {@code arbg inspect FILE} reports about a structure. Render it with {@link TopologySummaryText}.
 *
 * @param atoms            number of atoms
 * @param heavyAtoms       number of atoms that are not hydrogen
 * @param bonds            number of bonds
 * @param chains           chain ids in order ("" for a chain without id)
 * @param residues         residue labels in order ("ALA 2")
 * @param templates        per residue, aligned with {@code residues}: the template used ("HIS", or "HIS (as HID)"
 *                         when the file's name differs), "distance" when bonded by distance, "" when unknown
 *                         (a structure not read from PDB)
 * @param bondedByDistance labels of the residues bonded by distance, with chain ("LIG 5 chain B")
 * @param chiralCentres    the tetrahedral stereocentres
 * @param warnings         the reader's warnings
 */
public record TopologySummary(int atoms, int heavyAtoms, int bonds, List<String> chains, List<String> residues,
                              List<String> templates, List<String> bondedByDistance,
                              List<ChiralCentre> chiralCentres, List<String> warnings) {
    public TopologySummary {
        chains = List.copyOf(chains);
        residues = List.copyOf(residues);
        templates = List.copyOf(templates);
        bondedByDistance = List.copyOf(bondedByDistance);
        chiralCentres = List.copyOf(chiralCentres);
        warnings = List.copyOf(warnings);
        if (templates.size() != residues.size()) {
            throw new IllegalArgumentException("one template entry per residue");
        }
    }

    /** The summary of a structure read from PDB, with templates and warnings. */
    public static TopologySummary of(PdbReadResult result) {
        Topology top = result.structure().topology();
        List<String> templates = new ArrayList<>();
        List<String> byDistance = new ArrayList<>();
        for (ResidueBonding b : result.bonding()) {
            Residue r = top.residue(b.residueIndex());
            if (b.source() == BondSource.DISTANCE) {
                templates.add("distance");
                String chain = top.chainOf(r).id();
                byDistance.add(r.label() + (chain.isEmpty() ? "" : " chain " + chain));
            } else {
                templates.add(b.template().equals(b.fileName()) ? b.template()
                        : b.template() + " (as " + b.fileName() + ")");
            }
        }
        return build(result.structure(), templates, byDistance, result.warnings());
    }

    /** The summary of any structure (e.g. from a prmtop): no template information. */
    public static TopologySummary of(Structure structure) {
        List<String> templates = new ArrayList<>();
        structure.topology().residues().forEach(r -> templates.add(""));
        return build(structure, templates, List.of(), List.of());
    }

    private static TopologySummary build(Structure s, List<String> templates, List<String> byDistance,
                                         List<String> warnings) {
        Topology top = s.topology();
        int heavy = 0;
        for (Atom a : top.atoms()) {
            heavy += a.element() == Element.H ? 0 : 1;
        }
        return new TopologySummary(top.numAtoms(), heavy, top.bonds().size(),
                top.chains().stream().map(Chain::id).toList(), top.residues().stream().map(Residue::label).toList(),
                templates, byDistance, ChiralCentres.of(s), warnings);
    }
}
