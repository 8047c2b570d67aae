package org.arbg.plugin.cli;

import org.apache.commons.cli.Option;

/** The two kinds of long option the commands declare, without Commons CLI's builder chain each time. */
public final class CliOptions {
    private CliOptions() {
    }

    /** {@code --name VALUE}: an option that takes one value, shown as {@code argName} in --help. */
    public static Option valued(String name, String argName, String description) {
        return Option.builder().longOpt(name).hasArg().argName(argName).desc(description).build();
    }

    /** {@code --name}: a switch without a value. */
    public static Option flag(String name, String description) {
        return Option.builder().longOpt(name).desc(description).build();
    }
}
