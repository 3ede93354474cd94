package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --root DIR}: the site folder (with data/ and content/), default the current folder. */
final class RootOption {
    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Site folder (default: current folder).")
    Path root;

    /** The root as an absolute path, or null after printing why it cannot be used. */
    Path directory(PrintWriter err) {
        Path p = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(p)) {
            err.println("plenary: --root " + root + " is not a folder");
            return null;
        }
        if (!Files.isDirectory(p.resolve("data"))) {
            err.println("plenary: " + p + " has no data/ folder; run from a site folder or pass --root DIR");
            return null;
        }
        return p;
    }
}
