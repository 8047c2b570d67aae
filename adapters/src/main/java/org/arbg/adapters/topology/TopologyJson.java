package org.arbg.adapters.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.AtomicOutput;

/**
 * An exact, lossless JSON form of a {@link Topology} (atom order, names, elements, residues, chains, bonds), so
 * a prepared system reloads with exactly the atoms of its OpenMM System, whatever the residues are.
 */
public final class TopologyJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record AtomEntry(String name, String element, int residue, int serial) {
    }

    record ResidueEntry(String name, int number, String insertionCode, int chain) {
    }

    record Document(List<String> chains, List<ResidueEntry> residues, List<AtomEntry> atoms, List<int[]> bonds) {
    }

    private TopologyJson() {
    }

    public static String toJson(Topology t) {
        List<String> chains = t.chains().stream().map(Chain::id).toList();
        List<ResidueEntry> residues = t.residues().stream()
                .map(r -> new ResidueEntry(r.name(), r.number(), r.insertionCode(), r.chainIndex())).toList();
        List<AtomEntry> atoms = t.atoms().stream()
                .map(a -> new AtomEntry(a.name(), a.element().symbol(), a.residueIndex(), a.serial())).toList();
        List<int[]> bonds = t.bonds().stream().map(b -> new int[] {b.atom1(), b.atom2()}).toList();
        try {
            return MAPPER.writeValueAsString(new Document(chains, residues, atoms, bonds));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a topology", e);
        }
    }

    public static Topology fromJson(String json, String source) {
        Document d;
        try {
            d = MAPPER.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new BadInputException(source, "", "not a topology JSON file: " + e.getOriginalMessage());
        }
        try {
            TopologyBuilder b = new TopologyBuilder();
            int chain = -1;
            int residue = -1;
            List<int[]> bonds = d.bonds() == null ? new ArrayList<>() : d.bonds();
            for (AtomEntry a : d.atoms()) {
                ResidueEntry r = d.residues().get(a.residue());
                if (a.residue() != residue) {
                    if (a.residue() != residue + 1) {
                        throw new IllegalArgumentException("atoms of residue " + a.residue() + " are not contiguous");
                    }
                    if (r.chain() != chain) {
                        if (r.chain() != chain + 1) {
                            throw new IllegalArgumentException("residues of chain " + r.chain() + " are not contiguous");
                        }
                        b.addChain(d.chains().get(r.chain()));
                        chain = r.chain();
                    }
                    b.addResidue(r.name(), r.number(), r.insertionCode());
                    residue = a.residue();
                }
                Element e = Element.bySymbol(a.element()).orElseThrow(
                        () -> new IllegalArgumentException("unknown element '" + a.element() + "'"));
                b.addAtom(a.name(), e, a.serial());
            }
            for (int[] bond : bonds) {
                b.addBond(bond[0], bond[1]);
            }
            return b.build();
        } catch (RuntimeException e) {
            throw new BadInputException(source, "", "inconsistent topology JSON: " + e.getMessage());
        }
    }

    public static void write(Topology t, Path path) throws IOException {
        AtomicOutput.writeString(path, toJson(t));
    }

    public static Topology read(Path path) throws IOException {
        return fromJson(Files.readString(path), path.toString());
    }
}
