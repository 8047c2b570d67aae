package org.arbg.plugin.spi;

import java.util.Map;

/**
 * One arbg step for a JVM workflow engine (prepare, simulate, train, sample, reweight, …). Steps are
 * found by {@link WorkflowSteps}: every {@code arbg} command is a step, and other jars may add their own by
 * listing an implementation in {@code META-INF/services/org.arbg.plugin.spi.WorkflowStep}.
 *
 * <p>Parameters are the command's long options without dashes ({@code "pdb" -> "in.pdb"}); a flag takes
 * the value "true"; positional arguments go under {@link #ARGUMENTS}, separated by whitespace. Outputs are
 * the files the step writes, as its documentation says; a step returns only when they are complete.
 */
public interface WorkflowStep {
    /** Key of the positional arguments in a parameter map. */
    String ARGUMENTS = "_args";

    /** The step's name, equal to the CLI command name. */
    String name();

    /** One line saying what the step does. */
    String description();

    /** The parameters the step accepts, with their descriptions, in a stable order. */
    Map<String, String> parameters();

    /**
     * Runs the step on the calling thread.
     *
     * @param parameters option values as described above
     * @throws StepFailedException with the CLI's exit code when the step fails (3: bad input, 2: bad parameters)
     */
    void run(Map<String, String> parameters) throws StepFailedException;
}
