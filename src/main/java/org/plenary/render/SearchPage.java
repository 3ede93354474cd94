package org.plenary.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.plenary.model.Advice;
import org.plenary.model.AdviceType;
import org.plenary.model.Language;
import org.plenary.model.Region;
import org.plenary.output.ScriptJson;
import org.plenary.output.SitePaths;

/**
 * The search page of each language ({@code /<lang>/search/?q=…}, SPEC §7). The page itself is static: the
 * client script ({@code assets/js/search.js}) reads the query from the address and answers from the static index
 * under {@code /search/}. Without JavaScript the page says so and offers ways to browse instead (advice by type
 * and year, the directories). Its UI strings travel as a JSON data block (not executed, so the CSP allows it).
 */
public final class SearchPage {
    /** A link offered when the script cannot run. */
    public record Browse(String label, String href, int count) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TYPES = List.of("advice", "member", "meeting", "programme", "draw", "page");
    private static final List<String> KEYS = List.of("file", "none", "didYouMean", "corrected", "relaxed", "widened", "tooCommon", "filteredOut",
            "tips", "count", "countOne", "error", "all", "invalid.empty", "invalid.long", "invalid.quote", "invalid.star",
            "invalid.words", "invalid.nothing");

    private final Pages pages;

    SearchPage(Pages pages) {
        this.pages = pages;
    }

    /** Registers the search page of one language. */
    void plan(Language lang, PageRegistry reg) {
        reg.page(SitePaths.search(lang.code()), lang.code(), "search", () -> render(lang));
    }

    private void render(Language lang) {
        String l = lang.code();
        PageContext ctx = pages.ctx(lang, SitePaths.search(l), pages.strings(l).get("search.title"), "search");
        List<Browse> types = new ArrayList<>();
        List<Advice> all = pages.view.advice();
        for (AdviceType t : AdviceType.values()) {
            int n = (int) all.stream().filter(a -> a.type() == t).count();
            if (n > 0) types.add(new Browse(ctx.t("advice.type." + t.code()), ctx.href(AdvicePages.typePath(l, t.code())), n));
        }
        List<Browse> years = new ArrayList<>();
        all.stream().map(a -> a.dates().key().getYear()).distinct().sorted(java.util.Comparator.reverseOrder())
                .forEach(y -> years.add(new Browse(String.valueOf(y), ctx.href(AdvicePages.yearPath(l, y)),
                        (int) all.stream().filter(a -> a.dates().key().getYear() == y).count())));
        List<Browse> sections = new ArrayList<>();
        for (String s : List.of("members", "advice", "travel", "draws", "metrics")) {
            sections.add(new Browse(ctx.t("nav." + s), ctx.href("/" + l + "/" + s + "/"), 0));
        }
        pages.write(ctx, "search.jte", Map.of("types", types, "years", years, "sections", sections,
                "strings", strings(ctx)), ctx.t("search.lede"));
    }

    /** The client's strings in this language, as JSON safe inside a script element. */
    private String strings(PageContext ctx) {
        ObjectNode o = JSON.createObjectNode();
        for (String k : KEYS) o.put(k, ctx.t("search." + k));
        // The page's own digits (Arabic-Indic in Arabic), so counts written by the script match the server's.
        StringBuilder digits = new StringBuilder();
        for (int d = 0; d <= 9; d++) digits.append(ctx.number(d));
        o.put("digits", digits.toString());
        ObjectNode facets = o.putObject("facets");
        for (String f : List.of("lang", "type", "year", "region")) facets.put(f, ctx.t("search.facet." + f));
        ObjectNode types = o.putObject("types");
        for (String t : TYPES) types.put(t, ctx.t("search.type." + t));
        ObjectNode regions = o.putObject("regions");
        for (Region r : pages.view.site().regions()) {
            regions.put(r.code().toLowerCase(java.util.Locale.ROOT), r.name().get(ctx.lang(), pages.defaultLanguage()));
        }
        ObjectNode langs = o.putObject("languages");
        var rtl = o.putArray("rtl");
        for (Language other : pages.languages()) {
            langs.put(other.code(), other.name());
            if (other.rtl()) rtl.add(other.code());
        }
        return ScriptJson.write(o);
    }
}
