package org.arbg.energy.forcefield;

import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Residue;
import org.arbg.adapters.topology.Topology;

/**
 * The template matched to each residue and the template atom of each atom: the atom types and per-atom
 * parameters every force then reads. Built as OpenMM's {@code _matchAllResiduesToTemplates} without patches
 * or template generators (arbg's force fields need neither).
 */
final class TemplateAssignment {
    private final ResidueTemplate[] templateOfResidue;
    private final TemplateAtom[] templateAtomOfAtom;
    private final int[] templateIndexOfAtom;

    private TemplateAssignment(ResidueTemplate[] templates, TemplateAtom[] atoms, int[] indices) {
        this.templateOfResidue = templates;
        this.templateAtomOfAtom = atoms;
        this.templateIndexOfAtom = indices;
    }

    /**
     * @param source the topology's origin (a file name) for messages
     * @throws BadInputException naming residue, number, chain and what differs when a residue has no template
     */
    static TemplateAssignment assign(ForceField ff, Topology topology, String source) {
        ResidueTemplate[] templates = new ResidueTemplate[topology.numResidues()];
        TemplateAtom[] atoms = new TemplateAtom[topology.numAtoms()];
        int[] indices = new int[topology.numAtoms()];
        for (Residue r : topology.residues()) {
            List<ResidueTemplate> matched = new ArrayList<>();
            List<int[]> matches = new ArrayList<>();
            for (ResidueTemplate t : ff.templatesWithSignature(ResidueSignature.ofResidue(topology, r))) {
                int[] m = TemplateMatcher.match(topology, r, t);
                if (m != null) {
                    matched.add(t);
                    matches.add(m);
                }
            }
            if (matched.isEmpty()) {
                throw new BadInputException(source, place(topology, r),
                        "no force-field template matches this residue. " + MatchDiagnosis.explain(ff, topology, r));
            }
            for (int k = 1; k < matched.size(); k++) {
                if (!sameParameters(matched.get(0), matches.get(0), matched.get(k), matches.get(k))) {
                    throw new BadInputException(source, place(topology, r), "several templates with different "
                            + "parameters match this residue: " + matched.stream().map(ResidueTemplate::name).toList());
                }
            }
            ResidueTemplate t = matched.get(0);
            int[] m = matches.get(0);
            templates[r.index()] = t;
            for (int i = 0; i < m.length; i++) {
                atoms[r.firstAtom() + i] = t.atoms().get(m[i]);
                indices[r.firstAtom() + i] = m[i];
            }
        }
        return new TemplateAssignment(templates, atoms, indices);
    }

    /** "residue ALA 3 chain A (index 2)". */
    static String place(Topology topology, Residue r) {
        String chain = topology.chainOf(r).id();
        return "residue " + r.label() + (chain.isEmpty() ? "" : " chain " + chain) + " (index " + r.index() + ")";
    }

    private static boolean sameParameters(ResidueTemplate t1, int[] m1, ResidueTemplate t2, int[] m2) {
        for (int i = 0; i < m1.length; i++) {
            TemplateAtom a = t1.atoms().get(m1[i]);
            TemplateAtom b = t2.atoms().get(m2[i]);
            if (!a.type().equals(b.type()) || !a.parameters().equals(b.parameters())) {
                return false;
            }
        }
        return true;
    }

    ResidueTemplate template(int residueIndex) {
        return templateOfResidue[residueIndex];
    }

    /** Atom type name of an atom. */
    String type(int atom) {
        return templateAtomOfAtom[atom].type();
    }

    TemplateAtom templateAtom(int atom) {
        return templateAtomOfAtom[atom];
    }

    /** Index of the atom's match within its residue template. */
    int templateIndex(int atom) {
        return templateIndexOfAtom[atom];
    }
}
