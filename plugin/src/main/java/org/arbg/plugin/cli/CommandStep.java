package org.arbg.plugin.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.Option;
import org.arbg.plugin.spi.StepFailedException;
import org.arbg.plugin.spi.WorkflowStep;

/** Exposes a CLI {@link Command} as a {@link WorkflowStep}: the map becomes the command line. */
public final class CommandStep implements WorkflowStep {
    private final Command command;

    CommandStep(Command command) {
        this.command = command;
    }

    /** One step per registered command. */
    public static List<WorkflowStep> forAllCommands() {
        List<WorkflowStep> steps = new ArrayList<>();
        for (Command c : Main.registeredCommands().values()) {
            steps.add(new CommandStep(c));
        }
        return steps;
    }

    @Override
    public String name() {
        return command.name();
    }

    @Override
    public String description() {
        return command.summary();
    }

    @Override
    public Map<String, String> parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        for (Option o : GlobalOptions.add(command.options()).getOptions()) {
            if (o.getLongOpt() != null && !o.getLongOpt().equals(GlobalOptions.HELP)) {
                params.put(o.getLongOpt(), o.getDescription());
            }
        }
        return params;
    }

    @Override
    public void run(Map<String, String> parameters) throws StepFailedException {
        List<String> args = new ArrayList<>();
        args.add(command.name());
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            if (e.getKey().equals(ARGUMENTS)) {
                continue;
            }
            Option option = GlobalOptions.add(command.options()).getOption(e.getKey());
            if (option == null) {
                throw new StepFailedException("step " + name() + " has no parameter '" + e.getKey() + "'",
                        ExitCode.USAGE, null);
            }
            if (option.hasArg()) {
                args.add("--" + e.getKey());
                args.add(e.getValue());
            } else if (Boolean.parseBoolean(e.getValue())) {
                args.add("--" + e.getKey());
            }
        }
        String positional = parameters.get(ARGUMENTS);
        if (positional != null && !positional.isBlank()) {
            args.addAll(List.of(positional.trim().split("\\s+")));
        }
        int code = Main.run(args.toArray(String[]::new));
        if (code != ExitCode.OK) {
            throw new StepFailedException("arbg " + String.join(" ", args) + " failed with exit code " + code
                    + " (details on stderr)", code, null);
        }
    }
}
