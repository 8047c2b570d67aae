package org.arbg.adapters.io;

import org.arbg.adapters.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * numpy .npz archives: a zip of .npy entries, one per named array (as {@code numpy.savez} writes them, stored
 * without compression). Reading also accepts compressed archives ({@code numpy.savez_compressed}).
 */
public final class Npz {
    private Npz() {
    }

    /** Writes the arrays, in map order, as entries "{name}.npy" (atomic; replaces the file). */
    public static void write(Path path, Map<String, ? extends NpyArray> arrays) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(path)) {
            OutputStream os = Channels.newOutputStream(out.channel());
            ZipOutputStream zip = new ZipOutputStream(os);
            for (Map.Entry<String, ? extends NpyArray> e : arrays.entrySet()) {
                byte[] bytes = Npy.toBytes(e.getValue());
                ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
            out.commit();
        }
    }

    /**
     * Reads every array of the archive, keyed by entry name without ".npy", in archive order. Entries that are not
     * .npy files are an error.
     */
    public static Map<String, NpyArray> read(Path path) throws IOException {
        Map<String, NpyArray> result = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                String place = "entry " + name;
                if (!name.endsWith(".npy")) {
                    throw new BadInputException(path, place, "not a .npy entry");
                }
                long size = entry.getSize();
                if (size > Integer.MAX_VALUE - 16) {
                    throw new BadInputException(path, place, "entry too large: " + size + " bytes");
                }
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = size >= 0 ? in.readNBytes((int) size) : in.readAllBytes();
                }
                result.put(name.substring(0, name.length() - 4), Npy.fromBytes(bytes, path + " " + place));
            }
        } catch (ZipException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(path, "", "not a readable .npz (zip) archive: " + e.getMessage(), e);
        } catch (java.io.EOFException e) {
            throw new BadInputException(path, "", "archive is truncated", e);
        }
        return result;
    }
}
