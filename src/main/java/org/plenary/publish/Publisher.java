package org.plenary.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Last stage: the build writes into a staging folder beside the target; only a complete, checked build is
 * swapped into place, so a failed build never leaves a half-written site and the previous one stays intact.
 */
public final class Publisher {
    private final Path target;

    public Publisher(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    /** A fresh staging folder on the same file system as the target, so the final rename is atomic. */
    public Path stage() throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        removeStale(parent);
        return Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
    }

    /**
     * A build that was killed (not one that failed: those clean up) leaves its hidden staging folder behind;
     * remove such leftovers once they are clearly not in use by a build running now.
     */
    private void removeStale(Path parent) {
        String prefix = "." + target.getFileName() + ".";
        java.time.Instant cutoff = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (var list = Files.list(parent)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix + "staging-") && !name.startsWith(prefix + "old-")) continue;
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) delete(p);
            }
        } catch (IOException ignored) {
            // best effort: leftovers are hidden and harmless
        }
    }

    /** Replaces the target with the staged folder: rename the old one aside, rename the new one in, delete the old. */
    public void publish(Path staged) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + Long.toHexString(System.nanoTime()));
            move(target, old);
        }
        try {
            move(staged, target);
        } catch (IOException e) {
            if (old != null) move(old, target); // put the previous site back
            throw e;
        }
        if (old != null) delete(old);
    }

    /** Throws away a staging folder after a failed build. */
    public void discard(Path staged) {
        try {
            delete(staged);
        } catch (IOException ignored) {
            // a leftover hidden temp folder is harmless; the target is untouched either way
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
