package org.plenary.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code plenary draw …}: RFC 3797 random draws. Only groups its subcommands ({@code run}; {@code verify}
 * joins later); on its own it explains that a subcommand is needed.
 */
@Command(name = "draw",
        mixinStandardHelpOptions = true,
        description = "Publicly verifiable random draws (RFC 3797).",
        subcommands = {DrawRunCommand.class, DrawVerifyCommand.class})
public final class DrawCommand implements Callable<Integer> {
    static final int USAGE_ERROR = 2;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("plenary draw: missing subcommand; see 'plenary draw --help'");
        return USAGE_ERROR;
    }
}
