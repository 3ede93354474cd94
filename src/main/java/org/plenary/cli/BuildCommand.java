package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plenary.build.BuildProgress;
import org.plenary.build.BuildResult;
import org.plenary.build.LinkMode;
import org.plenary.build.SiteBuild;
import org.plenary.links.LinkReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", description = "Validate the registries and build the site (exit 0 ok, 1 broken links, 2 invalid input).")
final class BuildCommand implements Callable<Integer> {
    /** EX_IOERR (sysexits.h): the output could not be written (disk full, read-only, permissions). */
    static final int CANNOT_WRITE = 74;

    @Mixin
    RootOption root;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: site/ under the root).")
    Path out;

    @Option(names = "--force", description = "Replace --out even when it is a non-empty folder Plenary did not build.")
    boolean force;

    @Option(names = "--strict", description = "Treat rule warnings as errors.")
    boolean strict;

    @Option(names = "--links", paramLabel = "MODE", defaultValue = "internal",
            description = "Link checking: internal (default), external or off.")
    String links;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Compute statuses as of this date (YYYY-MM-DD).")
    LocalDate asOf;

    @Option(names = "--format", defaultValue = "text", description = "Diagnostics as text (default) or json.")
    OutputFormat format;

    @Option(names = "--timings", description = "Print where the time went, per phase (load, model, rules, content, stage, plan, render, search, links, publish).")
    boolean timings;

    @Spec
    CommandSpec spec;

    /** Whether standard error is this process's own (not a test's writer): only then is progress shown. */
    private final boolean console;

    BuildCommand() {
        this(false);
    }

    BuildCommand(boolean console) {
        this.console = console;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        LinkMode mode;
        try {
            mode = LinkMode.valueOf(links.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("plenary build: --links must be internal, external or off, not '" + links + "'");
            return 2;
        }
        Path rootDir = root.directory(err);
        if (rootDir == null) return 2;
        Path target = out != null ? out : rootDir.resolve("site");
        BuildProgress progress = console ? new TerminalProgress(err, TerminalProgress.stderrIsTerminal()) : BuildProgress.NONE;
        BuildResult r;
        try {
            r = new SiteBuild().run(new SiteBuild.Options(rootDir, target, strict, mode, asOf,
                    rootDir.resolve(".plenary-cache").resolve("links.json"), force), progress);
        } catch (IOException | UncheckedIOException e) {
            // The disk, not the input: full, read-only, a file where a folder should be. The staging folder is gone
            // and the previous site untouched (SiteBuild discards on any failure), so say that, not "internal error".
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            err.println("build failed: cannot write the site: " + describe(io) + "; " + target + " is unchanged");
            return CANNOT_WRITE;
        }
        int code = report(r, target, err, stdout);
        if (timings) {
            err.print(TimingsTable.format(r.phases(), r.millis()));
            err.flush();
        }
        return code;
    }

    private int report(BuildResult r, Path target, PrintWriter err, PrintWriter stdout) {
        DiagnosticsPrinter.print(r.diagnostics(), format, stdout, err);
        if (r.exitCode() == BuildResult.INVALID_INPUT) {
            err.println("build failed: " + r.diagnostics().errorCount() + " error(s); nothing was written, "
                    + target + " is unchanged");
            return r.exitCode();
        }
        if (r.links() != null && !r.links().isClean()) {
            err.print(LinkReportFormat.text(r.links()));
            err.println("build failed: broken links; " + target + " is unchanged");
            return r.exitCode();
        }
        String linkSummary = r.links() == null ? "links not checked"
                : String.format(Locale.ROOT, "links: %,d checked on %,d pages, 0 broken", r.links().links(), r.links().pages());
        // With --format json, stdout carries only the diagnostics array; the summary goes to stderr.
        (format == OutputFormat.json ? err : stdout).println(String.format(Locale.ROOT, "built %,d pages in %d language%s (%,d files) into %s in %.1f s; %d warning(s); %s",
                r.pages(), r.languages(), r.languages() == 1 ? "" : "s", r.files(), display(target), r.millis() / 1000.0,
                r.diagnostics().warningCount(), linkSummary));
        return 0;
    }

    /** "No space left on device: /srv/site/en/index.html", without the exception's class name. */
    private static String describe(IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.FileSystemException f) {
            reason = (f.getReason() != null ? f.getReason() : "cannot write") + ": " + f.getFile();
        }
        return reason;
    }

    /** The output folder as the user can open it: relative to the working folder when inside it, else absolute. */
    private static String display(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path base = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs) + "/" : abs + "/";
    }
}
