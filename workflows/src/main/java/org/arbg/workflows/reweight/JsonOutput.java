package org.arbg.workflows.reweight;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arbg.adapters.BadInputException;

/** The JSON conventions of arbg's result files: indented, float64 numbers, null for NaN or ±∞. */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Puts a float64, or null when it is NaN or infinite (JSON has no such numbers). */
    public static ObjectNode putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
        return node;
    }

    /** The node as indented JSON text with a final newline. */
    public static String text(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Reads one of arbg's JSON result files; a missing, unreadable or non-object file is bad input, named. */
    public static ObjectNode readObject(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "no such file");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (ClassCastException e) {
            throw new BadInputException(file, "", "not a JSON object", e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "", e.getMessage(), e);
        }
    }

    /** Parses JSON text (for tests and for reading result files back). */
    public static ObjectNode parse(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getOriginalMessage(), e);
        }
    }
}
