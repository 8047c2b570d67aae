package org.arbg.workflows.prepare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.arbg.adapters.ArbgVersion;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.amber.AmberStructure;
import org.arbg.adapters.amber.PrmtopFile;
import org.arbg.adapters.amber.PrmtopTopology;
import org.arbg.adapters.pdb.PdbReadOptions;
import org.arbg.adapters.pdb.PdbReadResult;
import org.arbg.adapters.pdb.PdbTopologyReader;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.arbg.energy.forcefield.ForceField;
import org.arbg.energy.forcefield.ForceFieldOptions;
import org.arbg.energy.forcefield.SystemParameters;
import org.arbg.energy.openmm.OpenMMLibrary;
import org.arbg.energy.openmm.OpenMMSystem;
import org.arbg.energy.system.AmberSystemBuilder;
import org.arbg.energy.system.AmberSystemOptions;
import org.arbg.energy.system.ForceFieldSystemFactory;
import org.arbg.energy.system.ImplicitSolvent;
import org.arbg.energy.system.PrepareInfo;
import org.arbg.energy.system.PreparedSystem;
import org.arbg.energy.system.SystemDirectory;
import org.arbg.energy.system.SystemLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the OpenMM System a {@link PrepareRequest} asks for and writes the system directory. */
public final class SystemPreparation {
    private static final Logger LOG = LoggerFactory.getLogger(SystemPreparation.class);

    private SystemPreparation() {
    }

    /** Builds the system and writes {@code outDir} (see {@link SystemDirectory}); returns it, open. */
    public static PreparedSystem prepareInto(PrepareRequest request, Path outDir) throws IOException {
        PreparedSystem prepared = build(request);
        try {
            SystemDirectory.write(outDir, prepared.system(), prepared.structure(), prepared.info());
            return prepared;
        } catch (IOException | RuntimeException e) {
            prepared.close();
            throw e;
        }
    }

    public static PreparedSystem build(PrepareRequest r) {
        return switch (r.source()) {
            case "prmtop" -> fromPrmtop(r);
            case "system-xml" -> fromSystemXml(r);
            default -> fromForceField(r);
        };
    }

    private static PreparedSystem fromForceField(PrepareRequest r) {
        Path pdb = r.pdb().orElseThrow(() -> new IllegalArgumentException("a force-field system needs a PDB"));
        PdbReadResult read = readPdb(pdb, r.stripSolvent());
        List<String> files = r.forceFields().isEmpty() ? PrepareRequest.DEFAULT_FORCE_FIELD : r.forceFields();
        ForceField ff = ForceField.load(files);
        ForceFieldOptions options = r.cutoffNm().isPresent()
                ? ForceFieldOptions.cutoffNonPeriodic(r.cutoffNm().getAsDouble()) : ForceFieldOptions.noCutoff();
        Topology topology = read.structure().topology();
        SystemParameters parameters = ff.createSystemParameters(topology, options, pdb.toString());
        OpenMMSystem system = ForceFieldSystemFactory.create(parameters, topology);
        String implicit = files.stream().filter(f -> f.contains("obc") || f.contains("gb")).findFirst().orElse("none");
        List<String> inputs = new ArrayList<>(List.of(pdb.toString()));
        inputs.addAll(files);
        return new PreparedSystem(system, read.structure(), info(r, inputs, files, implicit, topology));
    }

    private static PreparedSystem fromPrmtop(PrepareRequest r) {
        Path prmtopPath = r.prmtop().orElseThrow();
        ImplicitSolvent model = implicitSolvent(r.implicitSolvent());
        AmberSystemOptions options = AmberSystemOptions.defaults().withImplicitSolvent(model)
                .withTemperature(r.temperatureK());
        if (r.cutoffNm().isPresent()) {
            options = options.withCutoffNonPeriodic(r.cutoffNm().getAsDouble());
        }
        if (r.saltMolar().isPresent()) {
            options = options.withSalt(r.saltMolar().getAsDouble());
        }
        Structure structure;
        List<String> inputs = new ArrayList<>(List.of(prmtopPath.toString()));
        if (r.inpcrd().isPresent()) {
            structure = AmberStructure.read(prmtopPath, r.inpcrd().get());
            inputs.add(r.inpcrd().get().toString());
        } else {
            Path pdb = r.pdb().orElseThrow(() -> new IllegalArgumentException("a prmtop needs --coords or --pdb"));
            Topology topology = PrmtopTopology.build(PrmtopFile.read(prmtopPath));
            Structure fromPdb = readPdb(pdb, false).structure();
            if (fromPdb.topology().numAtoms() != topology.numAtoms()) {
                throw new BadInputException(pdb, "", "has " + fromPdb.topology().numAtoms() + " atoms but the prmtop "
                        + prmtopPath + " has " + topology.numAtoms());
            }
            structure = new Structure(topology, fromPdb.positionsNm());
            inputs.add(pdb.toString());
        }
        OpenMMSystem system = AmberSystemBuilder.build(prmtopPath, options);
        return new PreparedSystem(system, structure,
                info(r, inputs, List.of(), model.name(), structure.topology()));
    }

    private static PreparedSystem fromSystemXml(PrepareRequest r) {
        Path xml = r.systemXml().orElseThrow();
        Path pdb = r.pdb().orElseThrow(() -> new IllegalArgumentException("a system XML needs --pdb for its atoms"));
        Structure structure = readPdb(pdb, r.stripSolvent()).structure();
        OpenMMSystem system = SystemLoader.load(xml, structure.topology().numAtoms());
        return new PreparedSystem(system, structure, info(r, List.of(xml.toString(), pdb.toString()), List.of(),
                "as in the system XML", structure.topology()));
    }

    private static PdbReadResult readPdb(Path pdb, boolean stripSolvent) {
        PdbReadResult read = new PdbTopologyReader().readWithReport(pdb,
                stripSolvent ? PdbReadOptions.soluteOnly() : PdbReadOptions.defaults());
        read.warnings().forEach(w -> LOG.warn("{}: {}", pdb, w));
        return read;
    }

    private static ImplicitSolvent implicitSolvent(String name) {
        try {
            return ImplicitSolvent.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown implicit solvent '" + name + "'; use none, hct, obc1, obc2, "
                    + "gbn or gbn2");
        }
    }

    private static PrepareInfo info(PrepareRequest r, List<String> inputs, List<String> forceField, String implicit,
                                    Topology topology) {
        return new PrepareInfo(r.source(), inputs, forceField, implicit,
                r.cutoffNm().isPresent() ? "CutoffNonPeriodic" : "NoCutoff",
                r.cutoffNm().isPresent() ? r.cutoffNm().getAsDouble() : null, r.temperatureK(),
                topology.numAtoms(), topology.numResidues(), ArbgVersion.get(), OpenMMLibrary.load().openmmVersion());
    }
}
