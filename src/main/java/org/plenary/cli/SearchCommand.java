package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.search.InvalidQueryException;
import org.plenary.search.SearchIndex;
import org.plenary.search.SearchIndexes;
import org.plenary.search.SearchJson;
import org.plenary.search.SearchRequest;
import org.plenary.search.SearchResponse;
import org.plenary.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = {
        "Search the site as its search page does (exit 0, 2 for a query that cannot be searched or invalid input).",
        "Words must all match; \"quoted words\" match as a phrase; word* and the last word also match as a prefix;"
                + " misspelt words are corrected; words too common in the language (the, of) are left out."
                + " Without --lang, each result is shown once, in the site's default language when that page matches."
                + " Uses the index under .plenary-cache/search/, rebuilt when the inputs changed."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    RootOption root;

    @Option(names = "--lang", paramLabel = "L", description = "Only pages in this language (default: all, one page per result).")
    String lang;

    @Option(names = "--type", paramLabel = "T", description = "Only advice, member, meeting, programme, draw or page.")
    String type;

    @Option(names = "--year", paramLabel = "Y", description = "Only results of this year.")
    Integer year;

    @Option(names = "--region", paramLabel = "R", description = "Only results of this region (code).")
    String region;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Number of results shown, 1 to 10000 (default 10); the total and the facets count every match.")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json ({results, facets, total, …}; errors too are JSON then: {error} on stdout, exit 2).")
    OutputFormat format;

    @Option(names = "--reindex", description = "Rebuild the index even when it is up to date.")
    boolean reindex;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to search for (several arguments are joined by spaces).")
    List<String> query;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1 || limit > 10_000) {
            return fail("--limit must be between 1 and 10000, not " + limit + " (the total and the facets count every match)", out, err);
        }
        java.io.StringWriter rootProblem = new java.io.StringWriter();
        Path dir = root.directory(new PrintWriter(rootProblem, true));
        if (dir == null) return fail(rootProblem.toString().strip().replaceFirst("^plenary: ", ""), out, err);
        if (reindex || !SearchIndexes.isFresh(dir)) {
            Loaded in = InputStages.run(dir, null, false);
            if (!in.ok()) {
                DiagnosticsPrinter.print(in.diagnostics(), OutputFormat.text, out, err);
                return fail("cannot index the site: " + in.diagnostics().errorCount() + " error(s) in its input", out, err);
            }
            SearchIndexes.write(dir, in.view(), SearchIndexes.entities(in.view(), in.content(), in.theme()));
        }
        SearchResponse r;
        try (SearchIndex index = SearchIndex.open(SearchIndexes.location(dir))) {
            r = index.search(new SearchRequest(String.join(" ", query), lang, type == null ? null : type.toLowerCase(Locale.ROOT),
                    year, region, limit));
        } catch (InvalidQueryException e) {
            return fail(e.getMessage(), out, err);
        }
        if (format == OutputFormat.json) {
            out.println(SearchJson.text(r));
        } else {
            text(r, String.join(" ", query), out);
        }
        out.flush();
        return 0;
    }

    /**
     * Reports an error and returns exit code 2: one line on stderr, or with {@code --format json} one
     * {@code {"error": message}} object on stdout (so that a JSON reader always gets JSON), nothing on stderr.
     */
    private int fail(String message, PrintWriter out, PrintWriter err) {
        if (format == OutputFormat.json) {
            out.println(SearchJson.error(message));
            out.flush();
        } else {
            err.println("plenary search: " + message);
            err.flush();
        }
        return 2;
    }

    private void text(SearchResponse r, String query, PrintWriter out) {
        if (!r.tooCommon().isEmpty()) {
            List<String> words = r.tooCommon().stream().map(w -> "'" + w + "'").toList();
            out.println(String.join(", ", words) + (words.size() == 1 ? " is" : " are")
                    + " too common to search for; add another word.");
            return;
        }
        if (!r.corrections().isEmpty()) {
            StringBuilder fixes = new StringBuilder();
            r.corrections().forEach((from, to) -> fixes.append(fixes.length() == 0 ? "" : ", ").append(from).append(" → ").append(to));
            out.println("(typo tolerance: " + fixes + ")");
        }
        if (r.results().isEmpty()) {
            if (r.totalWithoutFilters() > 0) {
                out.println(String.format(Locale.ROOT, "No results for %s with %s; %,d without.", query, filters(),
                        r.totalWithoutFilters()));
            } else {
                out.println("No results for " + query + (r.suggestion() != null ? ". Did you mean: " + r.suggestion() + "?" : "."));
            }
            return;
        }
        if (r.relaxed()) out.println("(no page has all the words; these have some of them)");
        out.println(String.format(Locale.ROOT, "%,d result%s for %s%s", r.total(), r.total() == 1 ? "" : "s", query,
                r.total() > r.results().size() ? String.format(Locale.ROOT, " (first %d)", r.results().size()) : ""));
        int i = 1;
        for (SearchResult s : r.results()) {
            out.println(String.format(Locale.ROOT, "%2d. %s  [%s, %s, %.3f]", i++, s.title(), s.type(), s.lang(), s.score()));
            out.println("    " + s.url());
            if (!s.snippet().isEmpty()) out.println("    " + plain(s.snippet()));
        }
        StringBuilder facets = new StringBuilder();
        r.facets().forEach((name, values) -> {
            if (values.isEmpty()) return;
            facets.append(facets.length() == 0 ? "" : "  ·  ").append(name).append(':');
            values.forEach((v, n) -> facets.append(' ').append(v).append(' ').append(n));
        });
        out.println(facets);
    }

    /** Whether a command line asks for {@code --format json} (read from the words, for errors found while parsing). */
    static boolean asksForJson(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equalsIgnoreCase("--format=json")) return true;
            if (args[i].equals("--format") && i + 1 < args.length && args[i + 1].equalsIgnoreCase("json")) return true;
        }
        return false;
    }

    /** The type, year and region filters given, as a reader would say them. */
    private String filters() {
        List<String> f = new java.util.ArrayList<>();
        if (type != null) f.add("type " + type);
        if (year != null) f.add("year " + year);
        if (region != null) f.add("region " + region);
        return String.join(", ", f);
    }

    /** The snippet as terminal text: matches in [brackets]. */
    private static String plain(String html) {
        return html.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
