package org.arbg.workflows.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import org.arbg.adapters.BadInputException;
import org.arbg.adapters.io.AtomicOutput;

/** Small JSON records (summaries) written atomically and read back. */
final class JsonFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    static void write(Path file, Object value) throws IOException {
        AtomicOutput.writeString(file, JSON.writeValueAsString(value) + "\n");
    }

    static <T> T read(Path file, Class<T> type) {
        try {
            return JSON.readValue(file.toFile(), type);
        } catch (IOException e) {
            throw new BadInputException(file, "", "unreadable: " + e.getMessage(), e);
        }
    }
}
