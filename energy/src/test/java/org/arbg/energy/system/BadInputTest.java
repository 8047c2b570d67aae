package org.arbg.energy.system;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.amber.AmberStructure;
import org.arbg.energy.EnergyTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs fail with a BadInputException that names the file. */
class BadInputTest {
    private static final Path PRMTOP = EnergyTestData.path("topologies/alanine-dipeptide-implicit.prmtop");

    private static void assertNames(BadInputException e, Path file) {
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.source().equals(file.toString()), e.source());
    }

    @Test
    void truncatedPrmtop(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(PRMTOP);
        Path bad = dir.resolve("truncated.prmtop");
        Files.write(bad, lines.subList(0, lines.size() / 2));
        BadInputException e = assertThrows(BadInputException.class,
                () -> AmberSystemBuilder.build(bad, AmberSystemOptions.defaults()));
        assertNames(e, bad);
    }

    @Test
    void inpcrdWithOtherAtomCount() {
        Path chamber = EnergyTestData.path("topologies/ala3_chamber.parm7");
        Path inpcrd = EnergyTestData.path("topologies/alanine-dipeptide-implicit.inpcrd");
        BadInputException e = assertThrows(BadInputException.class, () -> AmberStructure.read(chamber, inpcrd));
        assertNames(e, inpcrd);
        assertTrue(e.getMessage().contains(chamber.toString()), e.getMessage());
    }

    @Test
    void unreadableSystemXml(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("system.xml");
        Files.writeString(bad, "<System version=\"1\"><Particles><Particle mass=");
        assertNames(assertThrows(BadInputException.class, () -> SystemLoader.load(bad)), bad);
        Path empty = dir.resolve("empty.xml");
        Files.writeString(empty, "");
        assertNames(assertThrows(BadInputException.class, () -> SystemLoader.load(empty)), empty);
        Path missing = dir.resolve("missing.xml");
        assertNames(assertThrows(BadInputException.class, () -> SystemLoader.load(missing)), missing);
    }

    @Test
    void chamberPrmtopIsRefusedForSystems() {
        Path chamber = EnergyTestData.path("topologies/ala3_chamber.parm7");
        BadInputException e = assertThrows(BadInputException.class,
                () -> AmberSystemBuilder.build(chamber, AmberSystemOptions.defaults()));
        assertNames(e, chamber);
        assertTrue(e.getMessage().contains("CHAMBER"), e.getMessage());
    }

    @Test
    void systemXmlWithOtherParticleCount() {
        Path xml = EnergyTestData.path("reference/aldp-implicit-gbn2.system.xml");
        assertNames(assertThrows(BadInputException.class, () -> SystemLoader.load(xml, 23)), xml);
    }

    @Test
    void optionsWithoutEffectAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> AmberSystemOptions.defaults().withSalt(0.1));
        assertThrows(IllegalArgumentException.class, () -> new AmberSystemOptions(NonbondedMethod.NO_CUTOFF, 2.0,
                ImplicitSolvent.HCT, 1, 78.5, 0, 298.15, SurfaceAreaModel.ACE, true, true));
        assertThrows(IllegalArgumentException.class,
                () -> AmberSystemOptions.defaults().withImplicitSolvent(ImplicitSolvent.GBN2).withCutoffNonPeriodic(-1));
    }
}
