package org.plenary.render;

import org.plenary.output.XmlText;
import org.plenary.output.SitePaths;
import java.time.LocalDate;
import java.util.List;
import org.plenary.model.Advice;
import org.plenary.model.Language;
import org.plenary.model.Text;

/** The Atom feed of advice statements, one per language, at {@code /<lang>/advice/feed.xml}. */
final class AdviceFeed {
    /** Entries per feed: the most recent statements. Feed readers poll for what is new; the archive has the rest. */
    static final int ENTRIES = 100;

    private final Pages pages;

    AdviceFeed(Pages pages) {
        this.pages = pages;
    }

    /** Atom 1.0; {@code updated} comes from the data, never the clock, so rebuilds are byte-identical. */
    void write(Language lang) {
        String l = lang.code();
        String dflt = pages.defaultLanguage();
        String base = pages.view.site().baseUrl() == null ? "" : pages.view.site().baseUrl();
        List<Advice> all = pages.view.advice();
        LocalDate updated = all.isEmpty() ? pages.view.site().asOf() : all.get(0).dates().key();
        UiStrings t = pages.strings(l);
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        x.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(l).append("\">\n");
        x.append("  <title>").append(XmlText.escape(pages.view.site().title().get(l, dflt) + " — " + t.get("advice.title")))
                .append("</title>\n");
        x.append("  <id>").append(XmlText.escape(base + SitePaths.advice(l))).append("</id>\n");
        x.append("  <link rel=\"self\" href=\"").append(XmlText.escape(base + SitePaths.adviceFeed(l))).append("\"/>\n");
        x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(XmlText.escape(base + SitePaths.advice(l))).append("\"/>\n");
        x.append("  <updated>").append(updated).append("T00:00:00Z</updated>\n");
        x.append("  <author><name>").append(XmlText.escape(pages.view.site().title().get(l, dflt))).append("</name></author>\n");
        for (Advice a : all.subList(0, Math.min(all.size(), ENTRIES))) {
            String url = base + SitePaths.statement(l, a.id());
            x.append("  <entry>\n");
            x.append("    <title").append(xmlLang(a.title(), l, dflt)).append(">").append(XmlText.escape(a.title().get(l, dflt)))
                    .append("</title>\n");
            x.append("    <id>").append(XmlText.escape(url)).append("</id>\n");
            x.append("    <link href=\"").append(XmlText.escape(url)).append("\"/>\n");
            x.append("    <updated>").append(a.dates().key()).append("T00:00:00Z</updated>\n");
            x.append("    <category term=\"").append(a.type().code()).append("\" label=\"")
                    .append(XmlText.escape(t.get("advice.type." + a.type().code()))).append("\"/>\n");
            if (!a.summary().isEmpty()) {
                x.append("    <summary").append(xmlLang(a.summary(), l, dflt)).append(">")
                        .append(XmlText.escape(a.summary().get(l, dflt))).append("</summary>\n");
            }
            x.append("  </entry>\n");
        }
        x.append("</feed>\n");
        pages.out.file(SitePaths.file(SitePaths.adviceFeed(l)), x.toString());
    }

    /**
     * {@code xml:lang} for a text that fell back to another language than the feed's, so readers and screen readers
     * know the entry is, say, English inside a Russian feed (XML 1.0 §2.12; Atom, RFC 4287 §2); empty otherwise.
     */
    private static String xmlLang(Text t, String feedLang, String dflt) {
        Text.Localized shown = t.in(feedLang, dflt);
        return shown == null || shown.language().equals(feedLang) ? "" : " xml:lang=\"" + shown.language() + "\"";
    }
}
