package org.arbg.adapters.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    /** SHA-256("abc"), the FIPS 180-2 example. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path tmp;

    @Test
    void filesAreDigestedAsTheirBytesInOrder() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.bin"), "ab");
        Path b = Files.writeString(tmp.resolve("b.bin"), "c");
        assertEquals(ABC, Sha256.ofFiles(List.of(a, b)));
        assertNotEquals(Sha256.ofFiles(List.of(b, a)), Sha256.ofFiles(List.of(a, b)));
        assertEquals(ABC, Sha256.ofFile(Files.writeString(tmp.resolve("abc.bin"), "abc")));
    }

    @Test
    void textAndBytesAgreeWithTheStandardExample() {
        assertEquals(ABC, Sha256.hex("abc"));
        assertEquals(ABC, Sha256.hex(new byte[] {'a', 'b', 'c'}));
    }
}
