package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.plenary.scaffold.SiteScaffold;
import org.plenary.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", description = "Write a minimal valid site to start from into DIR (an empty or new folder).")
final class InitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of the new site; created when missing, must be empty.")
    Path dir;

    @Option(names = "--languages", paramLabel = "CODES", split = ",", defaultValue = "en",
            description = "Languages of the site, the default first: BCP 47 codes such as en,fr,es,pt,zh,ar,ru (default: en).")
    List<String> languages;

    @Option(names = "--force", description = "Write into a folder that is not empty, replacing files of the same names.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SiteScaffold scaffold;
        try {
            scaffold = new SiteScaffold(languages);
        } catch (IllegalArgumentException e) {
            err.println("plenary init: --languages: " + e.getMessage());
            return 2;
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            err.println("plenary init: " + dir + " is a file, not a folder");
            return 2;
        }
        long present = entries(dir);
        if (present > 0 && !force) {
            err.println("plenary init: " + dir + " is not empty (" + present + " entr" + (present == 1 ? "y" : "ies")
                    + "); init writes a new site into an empty or new folder. Use --force to write into it anyway"
                    + " (files with the same names are replaced, others are left alone)");
            return 2;
        }
        try {
            Files.createDirectories(dir);
            scaffold.write(dir);
        } catch (IOException e) {
            err.println("plenary init: cannot write the site into " + dir + ": " + e.getMessage());
            return 2;
        }
        out.println("Created a new site in " + dir + " (languages: " + String.join(", ", scaffold.languageCodes()) + ").");
        out.println("  data/          site.yaml and one example record of every registry, each field explained");
        out.println("  content/       a home page and an about page per language");
        out.println("  templates/     your own theme, file by file over the built-in one (see templates/README.md)");
        out.println("  schema/        JSON Schemas: editors complete keys and explain fields (first line of each YAML file)");
        out.println("  README.md      a guide for the people who edit the site");
        List<String> noStrings = scaffold.languagesWithoutUiStrings(l -> !Theme.builtIn().strings(l).isEmpty());
        if (!noStrings.isEmpty()) {
            out.println("Note: the built-in theme has no interface strings in " + String.join(", ", noStrings)
                    + "; menus and labels show in English until you add templates/i18n/<code>.properties.");
        }
        out.println("Next: plenary build --root " + dir + "   (the site is written to " + dir.resolve("site") + ")");
        return 0;
    }

    /** How many entries a folder has (0 when it does not exist). */
    private static long entries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
