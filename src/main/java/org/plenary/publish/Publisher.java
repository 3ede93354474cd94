package org.plenary.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Last stage: a build writes into a staging folder beside the target; only a complete, checked build is swapped
 * into place, so a failed or killed build never leaves a half-written site and the previous one stays intact.
 *
 * <p>Beside a target {@code site/} live, all hidden: {@code .site.lock} (held while a build runs, so two builds
 * cannot write the same output and every other leftover is known to be stale), {@code .site.staging-<random>}
 * (the build being written), for the instant of the swap {@code .site.old} (the previous site), and between builds
 * {@code .site.spare}: the site before the current one, kept so that the next build writes into it rather than into
 * a new folder. Creating tens of thousands of files and folders, and deleting as many, is most of what a build costs
 * the kernel (and creating files shortly after deleting many is slower still); rewriting a tree that mostly holds the
 * same files costs a read and a comparison per file ({@link #stage} says which files the staging folder already
 * holds; {@code Output} writes only what differs and removes what no unit wrote). The swap is two renames; a build
 * killed between them leaves no {@code site/} but a complete {@code .site.old}, which the next {@link #open} puts
 * back before anything else. On SIGINT/SIGTERM a shutdown hook does the same at once and sets the staging folder
 * aside as the spare. Folders are created with the process's umask (0755 with the usual 022), never 0700, so a web
 * server running as another user can read the site.
 *
 * <p>Every published folder carries {@link #MARKER}: a folder without it was not made by Plenary, and a build
 * refuses to replace it unless forced (see {@link #isOwnOutput}).
 */
public final class Publisher implements AutoCloseable {
    /** The file that marks a folder as a site built by Plenary, written at its top. */
    public static final String MARKER = ".plenary-site";
    static final String MARKER_TEXT = "This folder is a site built by Plenary. Each build replaces it as a whole.\n";
    /** Fault injection for tests only: pause this long between the two renames of the swap. */
    static final String SWAP_PAUSE_PROPERTY = "plenary.publish.swapPauseMillis";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path parent;
    private final String prefix;
    private FileChannel lockChannel;
    private FileLock lock;
    private Thread hook;
    private Path staging;
    /** The staging folder when it is the spare, taken by {@link #stageReusing}; else null. */
    private Path reused;
    private boolean swapping;

    /** Thrown by {@link #open} when another build holds the output's lock. */
    public static final class OutputBusyException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputBusyException(String message) {
            super(message);
        }
    }

    private Publisher(Path target) {
        this.target = target.toAbsolutePath().normalize();
        this.parent = this.target.getParent();
        this.prefix = "." + this.target.getFileName() + ".";
    }

    /**
     * Takes the output's lock, then repairs what a killed build left: puts back a previous site stranded between
     * the two renames of a swap, and removes stale staging and old folders. Installs the SIGINT/SIGTERM hook.
     *
     * @throws OutputBusyException when another build is writing the same output now
     */
    public static Publisher open(Path target) throws IOException {
        Publisher p = new Publisher(target);
        Files.createDirectories(p.parent);
        p.lock();
        try {
            p.recover();
        } catch (IOException | RuntimeException e) {
            p.close();
            throw e;
        }
        p.hook = new Thread(p::interrupted, "plenary-publish-cleanup");
        Runtime.getRuntime().addShutdownHook(p.hook);
        return p;
    }

    private void lock() throws IOException {
        Path file = parent.resolve(prefix + "lock");
        lockChannel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            lockChannel = null;
            throw new OutputBusyException("another build is writing " + target + " right now; wait for it to finish");
        }
    }

    /**
     * The state a killed build can leave, repaired; safe because the lock is held, so no other build is running. A
     * leftover staging or old folder becomes the spare when there is none (a rename), else it is deleted.
     */
    private synchronized void recover() throws IOException {
        Path old = parent.resolve(prefix + "old");
        if (!Files.exists(target) && Files.isDirectory(old)) {
            move(old, target); // killed between the two renames: the previous site comes back
        }
        Path spare = spare();
        if (Files.exists(spare, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(spare); // not a folder of ours (a link, a file): never followed, removed
        }
        try (var list = Files.list(parent)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix + "staging-") || name.startsWith(prefix + "old")) setAside(p);
            }
        }
    }

    private Path spare() {
        return parent.resolve(prefix + "spare");
    }

    /** Keeps a folder that is not published as the spare when there is none and it is a real folder; deletes it else. */
    private void setAside(Path dir) throws IOException {
        Path spare = spare();
        if (!Files.exists(spare, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try {
                move(dir, spare);
                return;
            } catch (IOException e) {
                // could not rename: delete it instead
            }
        }
        delete(dir);
    }

    /**
     * A fresh, empty staging folder beside the target (same file system, so the swap is a rename), created with the
     * umask's permissions and holding the {@link #MARKER}.
     */
    public synchronized Path stage() throws IOException {
        Path p = newStagingFolder();
        Files.writeString(p.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
        staging = p;
        return p;
    }

    /**
     * A staging folder to write a site into, and the files it already holds.
     *
     * @param dir   the folder, beside the target, holding the {@link #MARKER}
     * @param files site-relative paths (forward slashes) of the regular files it holds besides the marker: empty for a
     *              new folder; for the reused spare, what the writer should compare with rather than create, and remove
     *              when the new site does not have it
     * @param folders site-relative paths of the folders it holds (for removing those left empty)
     */
    public record Staging(Path dir, Set<String> files, Set<String> folders) {
    }

    /**
     * Like {@link #stage}, but reuses the spare (the site before the current one) when there is one: renamed to a
     * staging name, then cleared of anything but regular files and folders (a symbolic link planted in it is removed,
     * never followed), and listed.
     */
    public synchronized Staging stageReusing() throws IOException {
        Path spare = spare();
        if (Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS)) {
            Path p = newStagingName();
            try {
                move(spare, p);
            } catch (IOException e) {
                return new Staging(stage(), Set.of(), Set.of());
            }
            staging = p;
            try {
                Set<String> files = new HashSet<>();
                Set<String> folders = new HashSet<>();
                list(p, files, folders);
                files.remove(MARKER);
                byte[] marker = MARKER_TEXT.getBytes(StandardCharsets.UTF_8);
                Path m = p.resolve(MARKER);
                if (!Files.isRegularFile(m, LinkOption.NOFOLLOW_LINKS) || !Arrays.equals(Files.readAllBytes(m), marker)) {
                    Files.write(m, marker);
                }
                reused = p;
                return new Staging(p, files, folders);
            } catch (IOException | RuntimeException | Error e) {
                discard(p); // the spare again, not a staging folder left for the next build to find
                throw e;
            }
        }
        return new Staging(stage(), Set.of(), Set.of());
    }

    /**
     * Gives back a staging folder that nothing was written into (a build that stopped before rendering): the spare it
     * was taken from becomes the spare again; a new one is deleted, so the build leaves beside the target only what
     * it found there.
     */
    public synchronized void unstage(Path staged) {
        if (staged.equals(reused)) {
            discard(staged);
            return;
        }
        try {
            delete(staged);
        } catch (IOException ignored) {
            // a leftover hidden staging folder is dealt with by the next build's open()
        }
        if (staged.equals(staging)) staging = null;
    }

    /** Lists a reused folder, removing whatever is neither a regular file nor a folder. */
    private static void list(Path root, Set<String> files, Set<String> folders) throws IOException {
        int prefix = root.toString().length() + 1;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root)) folders.add(dir.toString().substring(prefix).replace('\\', '/'));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    files.add(file.toString().substring(prefix).replace('\\', '/'));
                } else {
                    Files.deleteIfExists(file); // symbolic links (to files or folders), sockets, devices
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private Path newStagingFolder() throws IOException {
        while (true) {
            Path p = newStagingName();
            try {
                Files.createDirectory(p); // unlike createTempDirectory (0700), honours the umask
                return p;
            } catch (FileAlreadyExistsException e) {
                // taken: another name
            }
        }
    }

    private Path newStagingName() {
        return parent.resolve(prefix + "staging-" + HexFormat.of().formatHex(randomBytes()));
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * Replaces the target with the staged folder: rename the old one aside, rename the new one in, then keep the old
     * one as the spare for the next build.
     */
    public void publish(Path staged) throws IOException {
        Path old = parent.resolve(prefix + "old");
        synchronized (this) {
            swapping = true;
            try {
                boolean hadTarget = Files.exists(target);
                if (hadTarget) move(target, old);
                pauseForTests();
                try {
                    move(staged, target);
                } catch (IOException e) {
                    if (hadTarget) move(old, target); // put the previous site back
                    throw e;
                }
                staging = null;
            } finally {
                swapping = false;
            }
        }
        synchronized (this) {
            if (Files.exists(old, LinkOption.NOFOLLOW_LINKS)) setAside(old);
        }
    }

    /** Sets a staging folder aside after a failed build: as the spare (a rename) when there is none, else deleted. */
    public synchronized void discard(Path staged) {
        try {
            setAside(staged);
        } catch (IOException ignored) {
            // a leftover hidden staging folder is dealt with by the next build's open()
        }
        if (staged.equals(staging)) staging = null;
    }

    /** Releases the lock and removes the shutdown hook. */
    @Override
    public synchronized void close() {
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down: the hook runs anyway
            }
            hook = null;
        }
        unlock();
    }

    private void unlock() {
        try {
            if (lock != null) {
                // Delete while still holding the lock, so no other build can have taken it in between.
                Files.deleteIfExists(parent.resolve(prefix + "lock"));
                lock.release();
            }
            if (lockChannel != null) lockChannel.close();
        } catch (IOException ignored) {
            // the lock dies with the process anyway
        }
        lock = null;
        lockChannel = null;
    }

    /** SIGINT/SIGTERM: waits for a swap in progress, then leaves a complete site and no staging folder (at most a spare). */
    private void interrupted() {
        synchronized (this) {
            try {
                recover();
                // The staging folder is set aside as the spare when there is none (a rename, after which writers still
                // finishing a file fail to find it); else writers may still be finishing a file: they cannot re-create
                // the staging folder (Output), so a few more passes remove what they left.
                if (staging != null && !Files.exists(spare(), LinkOption.NOFOLLOW_LINKS)) {
                    try {
                        move(staging, spare());
                        staging = null;
                    } catch (IOException e) {
                        // delete it below
                    }
                }
                for (int pass = 0; staging != null && Files.exists(staging) && pass < 50; pass++) {
                    try {
                        delete(staging);
                    } catch (IOException e) {
                        Thread.sleep(10);
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // best effort while the JVM stops; the next build's open() finishes the job
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            unlock();
        }
    }

    /**
     * Whether a folder may be replaced as a whole by a build: it is absent or empty, or it carries the
     * {@link #MARKER} of a site Plenary built.
     */
    public static boolean isOwnOutput(Path dir) {
        if (!Files.exists(dir)) return true;
        if (!Files.isDirectory(dir)) return false;
        if (Files.isRegularFile(dir.resolve(MARKER))) return true;
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void pauseForTests() {
        String pause = System.getProperty(SWAP_PAUSE_PROPERTY);
        if (pause == null) return;
        try {
            Thread.sleep(Long.parseLong(pause));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (NumberFormatException ignored) {
            // not a number: no pause
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
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
