package org.plenary.links;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every file and directory of the checked folder, listed once. Links are then checked against this in-memory
 * index rather than the file system: it is much faster for tens of thousands of pages, and it is exactly
 * case-sensitive, as a web server is, even on a case-insensitive disk.
 */
final class SiteFiles {
    /** What a server answers for a directory URL, in the order of common defaults (nginx, Apache). */
    private static final List<String> INDEX_FILES = List.of("index.html", "index.htm");

    private final Path root;
    /** Each file's path, mapped to itself: a lookup answers with this one instance, the same as its page's path. */
    private final Map<String, String> files;
    private final Set<String> directories;
    /** The HTML files, as given. */
    private final java.util.Collection<String> htmlFiles;
    /** The same, sorted when first asked for. */
    private List<String> pages;
    private final TreeMap<String, String> unreadable;

    private SiteFiles(Path root, Map<String, String> files, Set<String> directories, java.util.Collection<String> pages,
                      TreeMap<String, String> unreadable) {
        this.root = root;
        this.files = files;
        this.directories = directories;
        this.htmlFiles = pages;
        this.unreadable = unreadable;
    }

    static SiteFiles scan(Path root) throws IOException {
        // Relative paths by cutting the root's prefix off the string: Path.relativize for every one of
        // tens of thousands of entries costs more than the directory walk itself.
        int prefix = root.toString().length() + (root.toString().endsWith(root.getFileSystem().getSeparator()) ? 0 : 1);
        String separator = root.getFileSystem().getSeparator();
        Map<String, String> files = new HashMap<>();
        Set<String> dirs = new HashSet<>();
        List<String> pages = new ArrayList<>();
        TreeMap<String, String> unreadable = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root)) dirs.add(relative(dir, prefix, separator));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String rel = relative(file, prefix, separator);
                            files.put(rel, rel);
                            if (isHtml(rel)) pages.add(rel);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            if (file.equals(root)) throw e;
                            // A symlink loop is not content; anything else we cannot read is reported.
                            if (!(e instanceof FileSystemLoopException)) {
                                unreadable.put(relative(file, prefix, separator), String.valueOf(e.getMessage()));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (InvalidPathException e) {
            throw new IOException("a file name under " + root + " cannot be decoded in this locale ("
                    + System.getProperty("sun.jnu.encoding") + "); run with a UTF-8 locale, e.g. LANG=C.UTF-8", e);
        }
        return new SiteFiles(root, files, dirs, pages, unreadable);
    }

    /**
     * The files of a folder as a writer reports them, instead of listing the folder: folders are those that hold a
     * file (a writer makes no empty folder).
     *
     * @param written site-relative paths with forward slashes
     */
    static SiteFiles of(Path root, java.util.Collection<String> written) {
        Map<String, String> files = new HashMap<>(written.size() * 2);
        Set<String> dirs = new HashSet<>();
        List<String> pages = new ArrayList<>();
        for (String f : written) {
            if (files.put(f, f) != null) continue;
            addFolders(f, dirs);
            if (isHtml(f)) pages.add(f);
        }
        return of(root, files, dirs, pages);
    }

    /**
     * The files of a folder as learnt while they were written ({@link WrittenSite}).
     *
     * @param files   each site-relative path (forward slashes), mapped to itself; kept, not copied
     * @param folders the folders that hold them ({@link #addFolders}); kept, not copied
     * @param pages   the HTML files among them, in any order; kept, not copied
     */
    static SiteFiles of(Path root, Map<String, String> files, Set<String> folders, java.util.Collection<String> pages) {
        return new SiteFiles(root, files, folders, pages, new TreeMap<>());
    }

    /**
     * Adds the folders that hold {@code file} (a site-relative path with forward slashes) to {@code folders}, which may
     * be shared by threads when it is a concurrent set: the site's folders once every file is added.
     */
    static void addFolders(String file, Set<String> folders) {
        for (int slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
            // Its parents are in already, or being added by the thread that added this one.
            if (!folders.add(file.substring(0, slash))) break;
        }
    }

    private static String relative(Path p, int prefix, String separator) {
        String rel = p.toString().substring(prefix);
        return separator.equals("/") ? rel : rel.replace(separator, "/");
    }

    static boolean isHtml(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml");
    }

    Path root() {
        return root;
    }

    /**
     * HTML files, sorted, as site-relative paths with forward slashes. Sorted on the first call (tens of milliseconds
     * for tens of thousands of pages: a check can do other work first), which must not race with another.
     */
    List<String> pages() {
        if (pages == null) {
            String[] sorted = htmlFiles.toArray(new String[0]);
            java.util.Arrays.sort(sorted);
            pages = List.of(sorted);
        }
        return pages;
    }

    /** Files or folders the walk could not read, with the error, sorted by path. */
    TreeMap<String, String> unreadable() {
        return unreadable;
    }

    boolean isFile(String rel) {
        return files.containsKey(rel);
    }

    Path path(String rel) {
        return root.resolve(rel);
    }

    /** The file a site path is served from, or why there is none. */
    record Lookup(String file, String problem) {
        boolean found() {
            return file != null;
        }
    }

    /**
     * What a static web server would serve for a decoded site path: the file itself, or for a path ending in
     * '/' the directory's index page. A directory linked without its slash is reported, not forgiven: servers
     * answer it with a redirect at best, and relative links on the index page then resolve one level too high.
     */
    Lookup lookup(String path) {
        Lookup known = lookups.get(path);
        if (known == null) {
            known = find(path);
            lookups.putIfAbsent(path, known);
        }
        return known;
    }

    /** Links to the same targets repeat on every page: each is looked up once. */
    private final java.util.Map<String, Lookup> lookups = new java.util.concurrent.ConcurrentHashMap<>();

    private Lookup find(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            String dir = path.isEmpty() ? "" : path.substring(0, path.length() - 1);
            if (dir.isEmpty() || directories.contains(dir)) {
                for (String index : INDEX_FILES) {
                    String candidate = path + index;
                    String file = files.get(candidate);
                    if (file != null) return new Lookup(file, null);
                }
                return new Lookup(null, "directory " + (dir.isEmpty() ? "/" : path) + " has no index.html");
            }
            if (files.containsKey(dir)) {
                return new Lookup(null, dir + " is a file, not a directory: remove the trailing slash");
            }
            return new Lookup(null, "not found: " + path);
        }
        String file = files.get(path);
        if (file != null) return new Lookup(file, null);
        if (directories.contains(path)) {
            boolean hasIndex = INDEX_FILES.stream().anyMatch(i -> files.containsKey(path + "/" + i));
            return new Lookup(null, hasIndex
                    ? path + " is a directory: link to " + path + "/ (with a trailing slash)"
                    : path + " is a directory without index.html (and the link lacks a trailing slash)");
        }
        return new Lookup(null, "not found: " + path);
    }
}
