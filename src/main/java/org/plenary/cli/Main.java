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

    public static void main(String[] args) {
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
        cli.setExecutionExceptionHandler(new CrashHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(java.time.LocalDate.class, IsoDate::parse);
        cli.setParameterExceptionHandler((ex, a) -> {
            // One line instead of a usage dump: the message says what is wrong, --help says the rest.
            CommandLine c = ex.getCommandLine();
            String message = ex.getMessage() + " (see '" + c.getCommandSpec().qualifiedName() + " --help')";
            if (c.getCommand() instanceof SearchCommand && SearchCommand.asksForJson(a)) {
                // search --format json reports every error as JSON on stdout (README: Search)
                c.getOut().println(org.plenary.search.SearchJson.error(message));
                c.getOut().flush();
                return 2;
            }
            c.getErr().println("plenary: " + message);
            return 2;
        });
        return cli.execute(args);
    }
}
