package org.arbg.plugin.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.arbg.plugin.cli.CommandStep;

/** Finds {@link WorkflowStep}s: the arbg commands and any registered through {@link ServiceLoader}. */
public final class WorkflowSteps {
    private WorkflowSteps() {
    }

    /** Every step on the class path, by name. */
    public static Map<String, WorkflowStep> all() {
        Map<String, WorkflowStep> steps = new TreeMap<>();
        for (WorkflowStep s : CommandStep.forAllCommands()) {
            steps.put(s.name(), s);
        }
        for (WorkflowStep s : ServiceLoader.load(WorkflowStep.class)) {
            steps.putIfAbsent(s.name(), s);
        }
        return Collections.unmodifiableMap(steps);
    }

    /** The step with this name. */
    public static WorkflowStep named(String name) {
        WorkflowStep step = all().get(name);
        if (step == null) {
            throw new NoSuchElementException("no arbg step named '" + name + "'; known: " + new ArrayList<>(all().keySet()));
        }
        return step;
    }

    /** Names of all steps. */
    public static List<String> names() {
        return List.copyOf(all().keySet());
    }
}
