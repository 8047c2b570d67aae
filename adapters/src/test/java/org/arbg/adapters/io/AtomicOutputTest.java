package org.arbg.adapters.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void commitReplacesAndAbortKeepsTheOldFile() throws IOException {
        Path target = dir.resolve("out.bin");
        Files.writeString(target, "old");
        try (AtomicOutput o = AtomicOutput.open(target)) {
            ChannelIo.writeFully(o.channel(), ByteBuffer.wrap("new".getBytes()), 0);
            assertTrue(Files.exists(o.tempPath()));
            assertEquals(dir.toAbsolutePath(), o.tempPath().getParent());
            // closed without commit: a failure
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target.getFileName()), Files.list(dir).map(Path::getFileName).toList());
        try (AtomicOutput o = AtomicOutput.open(target)) {
            ChannelIo.writeFully(o.channel(), ByteBuffer.wrap("new".getBytes()), 0);
            o.commit();
            assertFalse(Files.exists(o.tempPath()));
        }
        assertEquals("new", Files.readString(target));
    }
}
