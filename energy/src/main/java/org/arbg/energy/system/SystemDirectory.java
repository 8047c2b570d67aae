package org.arbg.energy.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.AtomicOutput;
import org.arbg.adapters.io.PdbTrajectoryReader;
import org.arbg.adapters.io.PdbTrajectoryWriter;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyJson;
import org.arbg.energy.openmm.OpenMMSystem;

/**
 * The folder {@code arbg prepare} writes and every later command reads:
 * <ul>
 *   <li>{@code system.xml}: the OpenMM System, serialized by OpenMM's XmlSerializer;</li>
 *   <li>{@code topology.pdb}: the atoms in System order with the starting positions (for people and other tools);</li>
 *   <li>{@code topology.json}: the exact topology (names, elements, residues, chains, bonds);</li>
 *   <li>{@code prepare.json}: {@link PrepareInfo}.</li>
 * </ul>
 * Each file is written atomically.
 */
public final class SystemDirectory {
    public static final String SYSTEM_XML = "system.xml";
    public static final String TOPOLOGY_PDB = "topology.pdb";
    public static final String TOPOLOGY_JSON = "topology.json";
    public static final String PREPARE_JSON = "prepare.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SystemDirectory() {
    }

    /** Writes the four files into {@code dir}, creating it if needed. */
    public static void write(Path dir, OpenMMSystem system, Structure structure, PrepareInfo info) throws IOException {
        Files.createDirectories(dir);
        AtomicOutput.writeString(dir.resolve(SYSTEM_XML), system.toXml());
        TopologyJson.write(structure.topology(), dir.resolve(TOPOLOGY_JSON));
        try (PdbTrajectoryWriter pdb = PdbTrajectoryWriter.create(dir.resolve(TOPOLOGY_PDB), structure.topology())) {
            pdb.writeFrame(structure.positionsNm());
        }
        AtomicOutput.writeString(dir.resolve(PREPARE_JSON), MAPPER.writeValueAsString(info));
    }

    /** Reads only {@code prepare.json}, e.g. for the prepared temperature before loading the System. */
    public static PrepareInfo readInfo(Path dir) throws IOException {
        Path file = dir.resolve(PREPARE_JSON);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "missing; is " + dir + " a system directory made by 'arbg prepare'?");
        }
        try {
            return MAPPER.readValue(file.toFile(), PrepareInfo.class);
        } catch (IOException e) {
            throw new BadInputException(file, "", "unreadable: " + e.getMessage());
        }
    }

    /**
     * Loads a prepared system.
     *
     * @throws BadInputException when the folder or one of its files is missing or unreadable, naming it
     */
    public static PreparedSystem load(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(dir, "", "not a system directory (make one with 'arbg prepare')");
        }
        for (String name : new String[] {SYSTEM_XML, TOPOLOGY_JSON, TOPOLOGY_PDB, PREPARE_JSON}) {
            if (!Files.isRegularFile(dir.resolve(name))) {
                throw new BadInputException(dir.resolve(name), "", "missing from the system directory "
                        + "(make it with 'arbg prepare')");
            }
        }
        PrepareInfo info = readInfo(dir);
        Topology topology = TopologyJson.read(dir.resolve(TOPOLOGY_JSON));
        double[] positions = new double[3 * topology.numAtoms()];
        try (PdbTrajectoryReader pdb = PdbTrajectoryReader.open(dir.resolve(TOPOLOGY_PDB))) {
            if (pdb.numAtoms() != topology.numAtoms() || !pdb.readFrame(positions)) {
                throw new BadInputException(dir.resolve(TOPOLOGY_PDB), "", "has " + pdb.numAtoms()
                        + " atoms but topology.json has " + topology.numAtoms());
            }
        }
        OpenMMSystem system = SystemLoader.load(dir.resolve(SYSTEM_XML), topology.numAtoms());
        return new PreparedSystem(system, new Structure(topology, positions), info);
    }
}
