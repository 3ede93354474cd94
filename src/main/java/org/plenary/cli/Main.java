package org.plenary.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./plenary}. Each verb is its own command class. */
@Command(name = "plenary",
        mixinStandardHelpOptions = true,
        version = "Plenary 0.1",
        description = "Builds a multilingual transparency site from YAML registries: open data, verifiable draws, checked links.",
        subcommands = {
                CommandLine.HelpCommand.class,
                BuildCommand.class,
                ValidateCommand.class,
                CheckLinksCommand.class,
                DrawCommand.class,
                InitCommand.class,
                ThemeCommand.class,
                ServeCommand.class,
                SearchCommand.class,
                SchemaCommand.class,
        })
public final class Main {

    /** Lucene's loggers, held: java.util.logging forgets the level of a logger that nothing references. */
    private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        // On Java 21 and later Lucene logs, through java.util.logging, which memory-mapping and vector code it chose
        // (an INFO line, and on Java 23+ a WARNING about its Vector API support): detail about the JVM, not about the
        // site, and a "WARNING" in the output of a clean build reads as a problem. Only its SEVERE messages remain.
        LUCENE.setLevel(java.util.logging.Level.SEVERE);
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /**
     * Runs a command line with its standard output and error sent to the given writers (null: the console),
     * so tests can read what a user would see.
     */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        // Progress goes to the process's own standard error only, never to a caller's writer (tests).
        boolean console = err == null;
        CommandLine cli = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == BuildCommand.class) return cls.cast(new BuildCommand(console));
                return CommandLine.defaultFactory().create(cls);
            }
        });
        if (out != null) cli.setOut(out);
        if (err != null) cli.setErr(err);
        // Every command and subcommand answers --help and -h (and --version), so none can forget to.
        withHelpOptions(cli, cli.getCommandSpec().version());
        cli.setExecutionExceptionHandler(new CrashHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(java.time.LocalDate.class, IsoDate::parse);
        cli.setParameterExceptionHandler((ex, a) -> {
            // One line instead of a usage dump: the message says what is wrong, --help says the rest.
            CommandLine c = ex.getCommandLine();
            String name = c.getCommandSpec().qualifiedName();
            String message;
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !c.getSubcommands().isEmpty()
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
                message = "'" + u.getUnmatched().get(0) + "' is not a command of '" + name + "'; commands: "
                        + String.join(", ", commands(c)) + " (see '" + name + " --help')";
            } else {
                message = ex.getMessage() + " (see '" + name + " --help')";
            }
            if (c.getCommand() instanceof SearchCommand && SearchCommand.asksForJson(a)) {
                // search --format json reports every error as JSON on stdout (README: Search)
                c.getOut().println(org.plenary.search.SearchJson.error(message));
                c.getOut().flush();
                return 2;
            }
            c.getErr().println("plenary: " + message);
            return 2;
        });
        if (args.length == 0) {
            // No command: say what there is (to standard error, as for any wrong command line), exit 2.
            cli.usage(cli.getErr());
            return 2;
        }
        return cli.execute(args);
    }

    private static void withHelpOptions(CommandLine c, String[] version) {
        CommandLine.Model.CommandSpec spec = c.getCommandSpec();
        if (!spec.mixinStandardHelpOptions()) {
            spec.mixinStandardHelpOptions(true);
            spec.version(version);
        }
        for (CommandLine sub : c.getSubcommands().values()) withHelpOptions(sub, version);
    }

    private static java.util.List<String> commands(CommandLine c) {
        return c.getSubcommands().entrySet().stream()
                .filter(e -> !e.getKey().equals("help") && e.getValue().getCommandName().equals(e.getKey()))
                .map(java.util.Map.Entry::getKey).toList();
    }
}
