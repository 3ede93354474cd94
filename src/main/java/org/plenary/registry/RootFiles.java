package org.plenary.registry;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;

/**
 * The input files of a site root ({@code data/}, {@code content/}, {@code templates/}). Symbolic links are followed
 * (a site may link a shared folder in), but a file or folder whose real path leaves the root is refused with a
 * located error and never read: a link to {@code /etc/passwd} in {@code data/} must not be parsed, and one in
 * {@code content/} must not be published. Loops of links are reported too.
 */
public final class RootFiles {
    private final Path root;
    private final Path realRoot;

    /** @param root the site root, as given (absolute or not) */
    public RootFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = this.root.toRealPath();
        } catch (IOException e) {
            real = this.root;
        }
        this.realRoot = real;
    }

    /**
     * Every regular file under {@code folder} (a path relative to the root) that {@code keep} accepts, in path order,
     * each inside the root by its real path; files and folders that leave it are reported and skipped.
     *
     * @return paths under the root as written (links not resolved), so messages name what the user sees
     */
    public List<Path> walk(Path folder, Predicate<Path> keep, Diagnostics diag) {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return inside(dir, diag) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && keep.test(file) && inside(file, diag)) out.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        diag.error(Location.of(relative(file)), "link-loop", "symbolic link loop: this folder links back to one that"
                                + " contains it; remove the link");
                    } else if (Files.isSymbolicLink(file)) {
                        diag.error(Location.of(relative(file)), "broken-link", "symbolic link to a file that does not exist");
                    } else {
                        diag.error(Location.of(relative(file)), "io", "cannot read: " + e.getMessage());
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            diag.error(Location.of(relative(folder)), "io", "cannot list folder: " + e.getMessage());
        }
        out.sort(null);
        return out;
    }

    /**
     * Whether a path's real location is inside the root; reports it (once, at the path as written) when not.
     * A path that does not exist is inside as far as this check goes.
     */
    public boolean inside(Path p, Diagnostics diag) {
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            return true; // absent or unreadable: whoever reads it reports that
        }
        if (real.startsWith(realRoot)) return true;
        diag.error(Location.of(relative(p)), "outside-root", (Files.isDirectory(real) ? "folder" : "file")
                + " is a symbolic link to " + real + ", outside the site folder; Plenary reads only files inside the site"
                + " folder (copy it in instead)");
        return false;
    }

    /** The path relative to the root, with forward slashes, as messages show it. */
    public String relative(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
