package org.plenary.links;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The fragment targets of every file, and the HTML standard's rule for finding the element a fragment
 * indicates. HTML pages' targets come from their single parse; SVG files (icon sprites used as
 * {@code sprite.svg#icon}) are parsed on first use and remembered. Other types (PDF {@code #page=2}, media
 * {@code #t=10}) have fragment syntaxes of their own and are not checked.
 */
final class FragmentIndex {
    private final Map<String, ParsedPage> pages;
    private final SiteFiles files;
    private final Map<String, Optional<Set<String>>> svgIds = new ConcurrentHashMap<>();

    FragmentIndex(Map<String, ParsedPage> pages, SiteFiles files) {
        this.pages = pages;
        this.files = files;
    }

    /** Fragment targets of a site file, or {@code null} when fragments of that file are not checked. */
    Set<String> anchorsOf(String file) {
        ParsedPage page = pages.get(file);
        if (page != null) return page.error() == null ? page.anchors() : null;
        if (file.toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return svgIds.computeIfAbsent(file, this::parseSvg).orElse(null);
        }
        return null;
    }

    private Optional<Set<String>> parseSvg(String file) {
        try (InputStream in = Files.newInputStream(files.path(file))) {
            Document doc = Jsoup.parse(in, null, "", Parser.xmlParser());
            Set<String> ids = new HashSet<>();
            for (Element el : doc.getAllElements()) {
                if (el.hasAttr("id")) ids.add(el.attr("id"));
            }
            return Optional.of(Set.copyOf(ids));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable SVG: its fragments go unchecked rather than all flagged
        }
    }

    /**
     * HTML standard, "find a potential indicated element" and "the indicated part of the document": the empty
     * fragment is the top; then an element whose id is exactly the fragment, or an {@code <a name>} equal to it;
     * then the same with the percent-decoded fragment; then {@code top} in any ASCII case is the top.
     *
     * @param fragment as the browser holds it, i.e. already fragment-encoded ({@link PercentEncoding#encodeFragment})
     */
    static boolean resolves(Set<String> anchors, String fragment) {
        if (fragment.isEmpty() || anchors.contains(fragment)) return true;
        String decoded = PercentEncoding.decode(fragment);
        if (anchors.contains(decoded)) return true;
        return decoded.length() == 3 && decoded.toLowerCase(Locale.ROOT).equals("top")
                && decoded.chars().allMatch(c -> c < 0x80);
    }
}
