package org.arbg.energy.forcefield;

import java.nio.file.Path;
import java.util.List;
import org.arbg.adapters.topology.Structure;

/** One of the OpenMM-built reference Systems under test-data/reference/systems. */
enum ReferenceCase {
    ALDP("aldp-amber99sbildn-obc", "structures/aldp-modern-names.pdb", ForceFieldOptions.noCutoff(),
            "amber99sbildn.xml", "amber99_obc.xml"),
    LSDE("lsde-ff14sb-obc1", "structures/lsde-tetrapeptide.pdb", ForceFieldOptions.cutoffNonPeriodic(2.0),
            "amber14/protein.ff14SB.xml", "implicit/obc1.xml"),
    ALA3_CHARMM_NAMES("ala3-charmm-names-ff14sb-obc1", "structures/ala-ala-ala-charmm-names.pdb",
            ForceFieldOptions.cutoffNonPeriodic(2.0), "amber14/protein.ff14SB.xml", "implicit/obc1.xml");

    final String name;
    final String pdb;
    final ForceFieldOptions options;
    final List<String> forceFields;

    ReferenceCase(String name, String pdb, ForceFieldOptions options, String... forceFields) {
        this.name = name;
        this.pdb = pdb;
        this.options = options;
        this.forceFields = List.of(forceFields);
    }

    Path json() {
        return TestPdb.testData("reference/systems/" + name + ".json");
    }

    SerializedSystem system() throws Exception {
        return new SerializedSystem(TestPdb.testData("reference/systems/" + name + ".system.xml"));
    }

    Structure structure() throws Exception {
        return TestPdb.read(TestPdb.testData(pdb), TestPdb.referenceBonds(json()), s -> s);
    }

    SystemParameters build() throws Exception {
        return ForceField.load(forceFields).createSystemParameters(structure().topology(), options, pdb);
    }
}
