package org.arbg.workflows.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.arbg.adapters.BadInputException;
import org.arbg.workflows.reweight.JsonOutput;

/** Reads arbg's JSON result files, failing with the file's name. */
final class JsonFiles {
    private JsonFiles() {
    }

    static ObjectNode readObject(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "", "no such file");
        }
        try {
            return JsonOutput.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (ClassCastException e) {
            throw new BadInputException(file, "", "not a JSON object", e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(file, "", e.getMessage(), e);
        }
    }
}
