package org.plenary.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Last line of defence: an unexpected exception becomes one readable line and exit code 70
 * (EX_SOFTWARE) instead of a stack trace. Set PLENARY_DEBUG=1 to see the trace.
 */
final class CrashHandler implements IExecutionExceptionHandler {
    static final int INTERNAL_ERROR = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (System.getenv("PLENARY_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().println("plenary: internal error: " + ex
                + " (please report it; rerun with PLENARY_DEBUG=1 for details)");
        return INTERNAL_ERROR;
    }
}
