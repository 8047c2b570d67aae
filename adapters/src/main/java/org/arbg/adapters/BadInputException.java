package org.arbg.adapters;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A user's input is wrong: a truncated or garbled file, a residue without a template, mismatched atom
 * counts, NaN coordinates. The message always names the file (or other source) and the place in it, so a
 * user can find and fix it; the CLI maps this exception to exit code 3.
 */
public class BadInputException extends ArbgException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String place;
    private final String problem;

    /**
     * @param source the file or other input the problem is in (a path, or a name such as "command line")
     * @param place where in it: "line 12", "frame 3, atom 7", "residue ALA 2 chain A"; may be empty
     * @param problem what is wrong, and where possible how to fix it
     */
    public BadInputException(String source, String place, String problem) {
        this(source, place, problem, null);
    }

    public BadInputException(String source, String place, String problem, Throwable cause) {
        super(format(source, place, problem), cause);
        this.source = Objects.requireNonNull(source, "source");
        this.place = place == null ? "" : place;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public BadInputException(Path source, String place, String problem) {
        this(source.toString(), place, problem, null);
    }

    public BadInputException(Path source, String place, String problem, Throwable cause) {
        this(source.toString(), place, problem, cause);
    }

    private static String format(String source, String place, String problem) {
        return place == null || place.isEmpty() ? source + ": " + problem : source + ": " + place + ": " + problem;
    }

    /** The file or input the problem is in. */
    public String source() {
        return source;
    }

    /** Where in the source, or "" when the whole input is at fault. */
    public String place() {
        return place;
    }

    /** What is wrong, without the source and place. */
    public String problem() {
        return problem;
    }
}
