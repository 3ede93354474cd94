package org.plenary.links;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.plenary.output.Output;

/**
 * What link checking needs of a site, learnt while the site is written rather than by reading it back: every file's
 * path, and for each HTML page the references, ids, alternates and base it holds, read from the bytes written (the
 * same {@link ParsedPage} that {@link LinkChecker#check(Path)} gets from the file). A generator hands it each file as it writes it
 * ({@link Output.Listener}), from any number of threads; then {@link LinkChecker#check(WrittenSite)} checks the
 * site with the semantics and findings of a check of the folder, without touching the disk for pages.
 *
 * <p>Only files written through the listener are known: a site written partly by other means must be checked with
 * {@link LinkChecker#check(Path)}.
 */
public final class WrittenSite implements Output.Listener {
    private final Path root;
    /** Each file's path, mapped to itself ({@link SiteFiles}'s shape). */
    private final Map<String, String> files = new ConcurrentHashMap<>();
    /** The folders that hold them. */
    private final Set<String> folders = ConcurrentHashMap.newKeySet(1 << 12);
    private final Map<String, ParsedPage> pages = new ConcurrentHashMap<>();
    /** One copy of each string that pages share (the navigation's links repeat on every page). */
    private final SharedStrings strings = new SharedStrings(1 << 16);

    /** @param root the folder the files are written to (stylesheets and SVG files are read from it when checked) */
    public WrittenSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Learns a file; an HTML page's references from its bytes ({@link HtmlReferences#parse(byte[], String,
     * SharedStrings)}: scanned without decoding when they are plain UTF-8, as generated pages are).
     *
     * @param relative site-relative path with forward slashes ({@code en/index.html})
     * @param bytes    the file's content
     */
    @Override
    public void written(String relative, byte[] bytes) {
        if (files.putIfAbsent(relative, relative) == null) SiteFiles.addFolders(relative, folders);
        if (SiteFiles.isHtml(relative)) pages.put(relative, HtmlReferences.parse(bytes, relative, strings));
    }

    Path root() {
        return root;
    }

    /** Every file written, with the folders that hold them. */
    SiteFiles files() {
        return SiteFiles.of(root, files, folders, pages.keySet());
    }

    /** The parsed pages, by site-relative path. */
    Map<String, ParsedPage> pages() {
        return pages;
    }

    /** The strings the pages share, for what else the check reads (their sitemap's URLs are theirs). */
    SharedStrings strings() {
        return strings;
    }

    /** Site-relative paths of the HTML pages written, in no particular order. */
    public List<String> pagePaths() {
        return List.copyOf(pages.keySet());
    }
}
