package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.plenary.diag.Diagnostics;
import org.plenary.theme.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plenary theme list|copy}: see which theme files a site overrides, and start an override from the built-in file. */
@Command(name = "theme", description = "The site's own theme (templates/) over the built-in one.",
        subcommands = {ThemeCommand.ListFiles.class, ThemeCommand.Copy.class})
final class ThemeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "list", description = "List the built-in theme's files; '*' marks those the site overrides, '+' its own additions.")
    static final class ListFiles implements Callable<Integer> {
        @Mixin
        RootOption root;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dir = root.directory(err);
            if (dir == null) return 2;
            Diagnostics diag = new Diagnostics();
            Theme theme = Theme.load(dir, diag);
            DiagnosticsPrinter.print(diag, OutputFormat.text, out, err);
            if (theme == null) return 2;
            SortedSet<String> builtIn = Theme.builtInFiles();
            for (String f : builtIn) out.println((theme.overrides().contains(f) ? "* " : "  ") + Theme.FOLDER + "/" + f);
            for (String f : theme.overrides()) if (!builtIn.contains(f)) out.println("+ " + Theme.FOLDER + "/" + f);
            out.println(theme.compiled() ? "The site's own templates are compiled at build time (" + Theme.CACHE + "/)."
                    : "Templates: the built-in ones, precompiled.");
            return 0;
        }
    }

    @Command(name = "copy", description = "Copy built-in theme files into the site's templates/ to edit them, e.g. members/profile.jte i18n/fr.properties.")
    static final class Copy implements Callable<Integer> {
        @Mixin
        RootOption root;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Theme files, as 'plenary theme list' shows them (with or without templates/).")
        List<String> files;

        @Option(names = "--force", description = "Replace the site's file when it already has one.")
        boolean force;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path dir = root.directory(err);
            if (dir == null) return 2;
            SortedSet<String> builtIn = Theme.builtInFiles();
            List<String> wanted = new ArrayList<>();
            for (String f : files) {
                String rel = f.replace('\\', '/').replaceFirst("^(\\./)?" + Theme.FOLDER + "/", "");
                if (!builtIn.contains(rel)) {
                    String near = builtIn.stream().filter(b -> b.endsWith("/" + rel) || b.endsWith(rel)).findFirst().orElse(null);
                    err.println("plenary theme copy: the built-in theme has no file '" + f + "'"
                            + (near != null ? " (did you mean '" + near + "'?)" : "") + "; 'plenary theme list' shows them all");
                    return 2;
                }
                Path target = dir.resolve(Theme.FOLDER).resolve(rel);
                if (Files.exists(target) && !force) {
                    err.println("plenary theme copy: " + dir.relativize(target) + " exists; use --force to replace it with the built-in file");
                    return 2;
                }
                wanted.add(rel);
            }
            for (String rel : wanted) {
                Path target = dir.resolve(Theme.FOLDER).resolve(rel);
                Files.createDirectories(target.getParent());
                Files.write(target, Theme.builtInFile(rel));
                out.println("copied " + dir.relativize(target).toString().replace('\\', '/')
                        + (rel.endsWith(".properties") ? " (keep only the keys you change; the others come from the built-in file)" : ""));
            }
            return 0;
        }
    }
}
