package org.plenary.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.plenary.diag.Diagnostic;
import org.plenary.diag.Diagnostics;
import org.plenary.registry.YamlReader;

/**
 * Fuzz target: a content file as the content stage reads it (front matter split, front matter YAML, Markdown
 * checked then rendered). Nothing may throw; a text the check accepts renders; the HTML never holds script,
 * event handlers or {@code javascript:} links, whatever the Markdown (raw HTML is escaped, URLs sanitised).
 */
public final class MarkdownFuzzTarget {
    private static final Markdown MARKDOWN = new Markdown();
    private static final YamlReader YAML = new YamlReader();

    private MarkdownFuzzTarget() {
    }

    public static void run(String file) {
        FrontMatter fm = FrontMatter.split(file.replace("\r\n", "\n"));
        if (fm.yaml() != null) {
            Diagnostics diag = new Diagnostics();
            YAML.parse(fm.yaml(), "content/en/page.md", diag);
            for (Diagnostic d : diag.all()) FuzzChecks.human(d, file);
        }
        if (fm.bodyLine() < 1) throw new AssertionError("body line " + fm.bodyLine());
        Markdown.Rendered checked = MARKDOWN.check(fm.body());
        Markdown.Rendered r = MARKDOWN.render(fm.body(), "/en/page/");
        if (checked.ok() != r.ok()) throw new AssertionError("check and render disagree on " + fm.body());
        if (!r.ok()) return;
        Document doc = Jsoup.parseBodyFragment(r.html());
        if (!doc.select("script, iframe, object, embed, style").isEmpty()) throw new AssertionError("active element in " + r.html());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase().startsWith("on")) throw new AssertionError("event handler in " + r.html());
                String v = a.getValue().strip().toLowerCase().replaceAll("[\\s\\x00-\\x1f]", "");
                if ((a.getKey().equals("href") || a.getKey().equals("src")) && (v.startsWith("javascript:") || v.startsWith("data:")
                        || v.startsWith("vbscript:"))) {
                    throw new AssertionError("unsafe URL " + a + " in " + r.html());
                }
            }
        }
    }

    /** Checks shared by the fuzz targets. */
    public static final class FuzzChecks {
        private FuzzChecks() {
        }

        /**
         * A diagnostic a person can read: located in the file it names, one line, and naming no parser internals,
         * that is no class or package name the input itself does not contain (messages quote what the user wrote).
         */
        public static void human(Diagnostic d, String input) {
            String m = d.message();
            if (m == null || m.isBlank() || m.contains("\n") || m.contains("\r")) throw new AssertionError("message: " + d);
            for (String internal : new String[] {"Exception", "java.", "org.yaml", "snakeyaml", "com.fasterxml", "Event("}) {
                if (m.contains(internal) && !input.contains(internal)) throw new AssertionError("internals: " + d);
            }
            if (d.location().line() < 0 || d.location().column() < 0) throw new AssertionError("location: " + d);
        }
    }
}
