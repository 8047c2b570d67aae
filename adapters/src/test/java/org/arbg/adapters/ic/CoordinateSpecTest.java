package org.arbg.adapters.ic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.arbg.adapters.BadInputException;
import org.arbg.adapters.topology.Structure;
import org.arbg.adapters.topology.Topology;
import org.arbg.adapters.topology.TopologyBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoordinateSpecTest {

    private static CoordinateSpec aldpSpec() {
        Topology t = IcTestData.aldp().topology();
        return CoordinateSpec.fromFrames(t, ZMatrix.fromTopology(t), IcTestData.aldpFrames(), 501);
    }

    @Test
    void jsonRoundTripIsExact(@TempDir Path dir) throws IOException {
        CoordinateSpec spec = aldpSpec();
        String json = CoordinateSpecJson.toJson(spec);
        CoordinateSpec back = CoordinateSpecJson.fromJson(json, "test");
        assertEquals(spec, back);
        assertEquals(json, CoordinateSpecJson.toJson(back));
        for (int j = 0; j < spec.numTokens(); j++) {
            assertEquals(Double.doubleToLongBits(spec.tokens().get(j).mean()),
                    Double.doubleToLongBits(back.tokens().get(j).mean()));
            assertEquals(Double.doubleToLongBits(spec.tokens().get(j).std()),
                    Double.doubleToLongBits(back.tokens().get(j).std()));
        }
        Path file = dir.resolve("spec.json");
        CoordinateSpecJson.write(spec, file);
        assertEquals(spec, CoordinateSpecJson.read(file));
        assertTrue(json.contains("\"zMatrixDigest\" : \"" + ZMatrixPins.ALDP_DIGEST + "\""), json.substring(0, 200));
    }

    @Test
    void damagedJsonIsRejected() {
        String json = CoordinateSpecJson.toJson(aldpSpec());
        String tampered = json.replaceFirst("\"atom\" : 4,", "\"atom\" : 5,");
        BadInputException e = assertThrows(BadInputException.class, () -> CoordinateSpecJson.fromJson(tampered, "m.json"));
        assertTrue(e.getMessage().startsWith("m.json: not a valid coordinate spec"), e.getMessage());
        assertThrows(BadInputException.class, () -> CoordinateSpecJson.fromJson(json.replace(
                ZMatrixPins.ALDP_DIGEST, "0" + ZMatrixPins.ALDP_DIGEST.substring(1)), "m.json"));
        assertThrows(BadInputException.class, () -> CoordinateSpecJson.fromJson("{", "m.json"));
    }

    @Test
    void normalisationFromFrames() {
        Topology t = IcTestData.aldp().topology();
        ZMatrix z = ZMatrix.fromTopology(t);
        double[] xyz = IcTestData.aldpFrames();
        CoordinateSpec spec = CoordinateSpec.fromFrames(t, z, xyz, 501);
        InternalFrames ic = new InternalCoordinateTransform(z).toInternal(xyz, 501);
        assertEquals(60, spec.numTokens());
        for (TokenInfo tok : spec.tokens()) {
            assertEquals(z.row(z.rowOfToken(tok.index())).atom(), tok.atom());
            assertEquals(t.atom(tok.atom()).name(), tok.atomName());
            assertEquals(t.residueOf(tok.atom()).name(), tok.residueName());
            if (tok.kind() == TokenKind.TORSION) {
                assertEquals(0, tok.mean());
                assertEquals(1, tok.std());
            } else {
                double m = 0;
                for (int f = 0; f < 501; f++) {
                    m += ic.value(f, tok.index());
                }
                assertEquals(m / 501, tok.mean(), 1e-12);
                assertTrue(tok.std() > 0 && tok.std() < (tok.kind() == TokenKind.BOND ? 0.02 : 0.3), tok.toString());
            }
        }
        // a single frame: every std falls back to the floor
        CoordinateSpec one = CoordinateSpec.fromFrames(t, z, IcTestData.frame(xyz, 22, 0), 1);
        assertEquals(CoordinateSpec.MIN_BOND_STD_NM, one.tokens().get(0).std());
        assertEquals(CoordinateSpec.MIN_ANGLE_STD_RAD, one.tokens().get(2).std());
    }

    @Test
    void compatibilityNamesTheFirstDifferingToken() {
        CoordinateSpec aldp = aldpSpec();
        Topology t = IcTestData.aldp().topology();
        ZMatrix z = ZMatrix.fromTopology(t);
        assertEquals(Optional.empty(), aldp.firstDifference(CoordinateSpec.unnormalised(t, z)));

        // the same molecule with the alanine renamed to a "serine" residue: residue names differ
        TopologyBuilder b = new TopologyBuilder();
        b.addChain("A");
        for (var r : t.residues()) {
            b.addResidue(r.index() == 1 ? "SER" : r.name(), r.number(), "");
            for (int i = r.firstAtom(); i < r.endAtom(); i++) {
                b.addAtom(t.atom(i).name(), t.atom(i).element());
            }
        }
        t.bonds().forEach(bond -> b.addBond(bond.atom1(), bond.atom2()));
        Topology renamed = b.build();
        CoordinateSpec other = CoordinateSpec.unnormalised(renamed, ZMatrix.fromTopology(renamed));
        String d = aldp.firstDifference(other).orElseThrow();
        // token 3: bond of ACE H1 is the same; the first ALA token is the bond of N (row 6, token 12)
        assertTrue(d.startsWith("token 12 differs: BOND of atom 6 N (ALA residue 1) here, BOND of atom 6 N (SER"), d);

        Structure cln = IcTestData.chignolin();
        CoordinateSpec chig = CoordinateSpec.unnormalised(cln.topology(), ZMatrix.fromTopology(cln.topology()));
        BadInputException e = assertThrows(BadInputException.class, () -> aldp.requireCompatible(chig, "model.arbg"));
        assertTrue(e.getMessage().startsWith("model.arbg: was made for another molecule or Z-matrix: token 0 differs"),
                e.getMessage());
    }

    @Test
    void tokensMustFollowTheZMatrix() {
        CoordinateSpec spec = aldpSpec();
        List<TokenInfo> tokens = new ArrayList<>(spec.tokens());
        TokenInfo t5 = tokens.get(5);
        tokens.set(5, new TokenInfo(5, TokenKind.ANGLE, t5.atom(), t5.residueIndex(), t5.residueName(), t5.atomName(),
                t5.mean(), t5.std()));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateSpec(spec.zMatrix(), tokens));
        assertThrows(IllegalArgumentException.class, () -> new CoordinateSpec(spec.zMatrix(), tokens.subList(0, 59)));
    }

    @Test
    void throughputHelperRuns() {
        Structure s = IcTestData.chignolin();
        double[] xyz = IcTestData.perturbed(s.positionsNm(), 50, 0.005, 2);
        IcThroughput.Result r = IcThroughput.measure(ZMatrix.fromTopology(s.topology()), xyz, 50, 2);
        assertTrue(r.toInternalFramesPerSecond() > 0 && r.toCartesianFramesPerSecond() > 0, r.toString());
    }
}
