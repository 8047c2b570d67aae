package org.arbg.workflows.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick bench's code path on the smallest system with minimal repeats; checks bench.json's structure only. */
class BenchRunnerTest {
    @TempDir
    Path dir;

    @Test
    void quickBenchWritesCompleteJson() throws Exception {
        BenchConfig c = BenchConfig.quick(dir)
                .withSystems(List.of("alanine-dipeptide", "alanine-dipeptide-vacuum", "ace-ala3-nme-obc1")).minimal();
        Path out = dir.resolve("bench.json");
        BenchRunner.write(BenchRunner.run(c), out);
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertEquals(BenchReport.SCHEMA, j.get("schema").asText());
        assertTrue(j.get("machine").get("cores").asInt() >= 1);
        assertTrue(j.get("machine").get("openmmVersion").asText().startsWith("7."));
        assertTrue(j.get("machine").hasNonNull("libtorchVersion"));
        JsonNode s = j.get("systems").get(0);
        assertEquals("alanine-dipeptide", s.get("name").asText());
        assertEquals(22, s.get("atoms").asInt());
        assertEquals(60, s.get("tokens").asInt());
        JsonNode e = s.get("energy").get(0);
        assertEquals("Reference", e.get("platform").asText());
        for (String f : List.of("median", "q1", "q3", "iqr", "min", "max", "n")) {
            assertTrue(e.get("jniMicros").has(f), f);
        }
        assertTrue(e.get("jniMicros").get("median").asDouble() > 0);
        assertTrue(e.has("overheadPercent"));
        assertTrue(e.get("pairedOverheadPercent").has("median"));
        assertTrue(e.get("framesPerCall").asInt() >= 1);
        JsonNode md = s.get("md");
        assertTrue(md.size() >= 2, "plain MD and replica exchange on Reference at least");
        JsonNode plain = md.get(0);
        assertEquals("md", plain.get("kind").asText());
        assertEquals("Reference", plain.get("platform").asText());
        assertEquals(1, plain.get("temperaturesK").size());
        for (String f : List.of("median", "q1", "q3", "iqr", "min", "max", "n")) {
            assertTrue(plain.get("nsPerDay").has(f), f);
        }
        assertTrue(plain.get("nsPerDay").get("median").asDouble() > 0);
        assertTrue(plain.get("microsPerStep").get("median").asDouble() > 0);
        JsonNode rex = null;
        for (JsonNode m : md) {
            if (m.get("kind").asText().equals("replica-exchange")) {
                rex = m;
                break;
            }
        }
        assertTrue(rex != null, "alanine dipeptide has a replica-exchange row");
        assertEquals(4, rex.get("temperaturesK").size());
        assertEquals(300, rex.get("temperaturesK").get(0).asDouble(), 1e-9);
        assertEquals(600, rex.get("temperaturesK").get(3).asDouble(), 1e-9);
        assertTrue(rex.get("nsPerDay").get("median").asDouble() > 0);
        assertTrue(rex.get("exchangeRounds").asLong() >= 1);
        assertEquals(3, rex.get("acceptance").size());
        assertTrue(s.get("transform").get("toCartesianFramesPerSecond").get("median").asDouble() > 0);
        assertEquals(4, s.get("io").size());
        JsonNode m = s.get("model");
        assertTrue(m.get("msPerStep").get("median").asDouble() > 0);
        assertEquals(2, m.get("sampling").size());
        assertTrue(m.get("sampling").get(0).get("kvCache").asBoolean());
        assertTrue(s.get("memory").get("heapPeakUsedBytes").asLong() > 0);
        JsonNode variants = j.get("energyVariants");
        assertEquals(2, variants.size());
        JsonNode vacuum = variants.get(0);
        assertEquals("alanine-dipeptide-vacuum", vacuum.get("name").asText());
        assertEquals("alanine-dipeptide", vacuum.get("variantOf").asText());
        assertEquals(22, vacuum.get("atoms").asInt());
        for (JsonNode f : vacuum.get("forces")) {
            assertTrue(!f.asText().contains("GB"), "vacuum has no GB force: " + f.asText());
        }
        assertTrue(vacuum.get("energy").get(0).get("nativeMicros").get("median").asDouble() > 0);
        JsonNode obc1 = variants.get(1);
        assertEquals("ace-ala3-nme-obc1", obc1.get("name").asText());
        assertEquals(42, obc1.get("atoms").asInt());
        assertTrue(obc1.get("forces").toString().contains("CustomGBForce"), obc1.get("forces").toString());
        assertTrue(obc1.get("energy").get(0).has("overheadPercent"));
        assertTrue(j.get("settings").get("mdSteps").asInt() > 0);
        assertTrue(j.get("settings").get("energyVariants").isArray());
        assertTrue(j.get("scaling").isArray());
        assertTrue(j.get("wallSeconds").asDouble() > 0);
    }

    @Test
    void powerLawRecoversExponent() {
        PowerLaw p = PowerLaw.fit("x", "atoms", List.of(10.0, 20.0, 40.0), List.of(3.0, 12.0, 48.0));
        assertEquals(2.0, p.exponent(), 1e-12);
        assertEquals(0.03, p.prefactor(), 1e-12);
        Stat s = Stat.of(4, 1, 3, 2, 5);
        assertEquals(3, s.median());
        assertEquals(2, s.iqr());
    }
}
