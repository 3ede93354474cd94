package org.plenary.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = "Check the registries and content without building (exit 0 valid, 2 invalid).")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    RootOption root;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    OutputFormat format;

    @Option(names = "--strict", description = "Treat rule warnings as errors.")
    boolean strict;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Compute statuses as of this date (YYYY-MM-DD).")
    LocalDate asOf;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        var dir = root.directory(err);
        if (dir == null) return 2;
        Loaded in = InputStages.run(dir, asOf, strict);
        DiagnosticsPrinter.print(in.diagnostics(), format, spec.commandLine().getOut(), err);
        if (format == OutputFormat.text) {
            err.println(in.diagnostics().errorCount() + " error(s), " + in.diagnostics().warningCount() + " warning(s)");
        }
        return in.ok() ? 0 : 2;
    }
}
