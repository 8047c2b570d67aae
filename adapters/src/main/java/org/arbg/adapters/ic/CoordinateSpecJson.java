package org.arbg.adapters.ic;

import org.arbg.adapters.io.AtomicOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.arbg.adapters.ArbgException;
import org.arbg.adapters.BadInputException;

/** Reads and writes {@link CoordinateSpec} as JSON; doubles round-trip exactly (shortest repr). */
public final class CoordinateSpecJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private CoordinateSpecJson() {
    }

    public static String toJson(CoordinateSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new ArbgException("cannot write coordinate spec as JSON", e);
        }
    }

    /**
     * @param source names the text in error messages (a path or "model file")
     * @throws BadInputException when the JSON is malformed or describes an invalid spec
     */
    public static CoordinateSpec fromJson(String json, String source) {
        try {
            return MAPPER.readValue(json, CoordinateSpec.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new BadInputException(source, "", "not a valid coordinate spec: " + cause.getMessage(), e);
        }
    }

    /** Writes atomically (temporary file, then move) so a killed run leaves no half-written spec. */
    public static void write(CoordinateSpec spec, Path path) throws IOException {
        AtomicOutput.writeString(path, toJson(spec));
    }

    public static CoordinateSpec read(Path path) throws IOException {
        return fromJson(Files.readString(path), path.toString());
    }
}
