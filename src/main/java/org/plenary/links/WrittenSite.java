package org.plenary.links;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.plenary.output.Output;

/**
 * What link checking needs of a site, learnt while the site is written rather than by reading it back: every file's
 * path, and for each HTML page the references, ids, alternates and base its text holds (the same {@link ParsedPage}
 * that {@link LinkChecker#check(Path)} gets by parsing the file). A generator hands it each file as it writes it
 * ({@link Output.Listener}), from any number of threads; then {@link LinkChecker#check(WrittenSite)} checks the
 * site with the semantics and findings of a check of the folder, without touching the disk for pages.
 *
 * <p>Only files written through the listener are known: a site written partly by other means must be checked with
 * {@link LinkChecker#check(Path)}.
 */
public final class WrittenSite implements Output.Listener {
    private final Path root;
    private final Set<String> files = ConcurrentHashMap.newKeySet();
    private final Map<String, ParsedPage> pages = new ConcurrentHashMap<>();
    /** One copy of each string that pages share (the navigation's links repeat on every page). */
    private final SharedStrings strings = new SharedStrings(1 << 16);

    /** @param root the folder the files are written to (stylesheets and SVG files are read from it when checked) */
    public WrittenSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * @param relative site-relative path with forward slashes ({@code en/index.html})
     * @param text     the text the file was encoded from as UTF-8, or null when only the bytes are known
     * @param bytes    the file's content
     */
    @Override
    public void written(String relative, String text, byte[] bytes) {
        files.add(relative);
        if (!SiteFiles.isHtml(relative)) return;
        // The file's bytes decode back to the text unless they declare another charset or start with a byte order mark,
        // or the text has a lone surrogate (written as '?'); the scanner refuses the latter, so it is looked for only then.
        String html = text != null && PageCharset.isPlainUtf8(bytes) ? text : PageCharset.decode(bytes);
        ParsedPage p = HtmlScanner.scan(html, relative, strings);
        if (p == null) {
            if (html == text && hasLoneSurrogate(text)) html = PageCharset.decode(bytes);
            p = HtmlReferences.parseFully(html, relative, strings);
        }
        pages.put(relative, p);
    }

    /** A lone surrogate is written as '?' by the UTF-8 encoder, so the file would not hold the text. */
    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isSurrogate(c)) continue;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else {
                return true;
            }
        }
        return false;
    }

    Path root() {
        return root;
    }

    /** Every file written, as site-relative paths. */
    Set<String> files() {
        return files;
    }

    /** The parsed pages, by site-relative path. */
    Map<String, ParsedPage> pages() {
        return pages;
    }

    /** Site-relative paths of the HTML pages written, in no particular order. */
    public List<String> pagePaths() {
        return List.copyOf(pages.keySet());
    }
}
