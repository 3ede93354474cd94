package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;

/**
 * SPEC §6: "a clean validate means build cannot fail on the input". For each hostile or careless edit below,
 * either {@code validate} refuses it (exit 2, located errors, and {@code build} refuses it the same way, writing
 * nothing), or {@code build} succeeds on it: never a crash, an internal error, a stack trace or a leftover.
 */
class ValidateBuildPromiseTest {
    private static final String PEOPLE = "data/members/people.yaml";
    private static final String X = "data/members/x.yaml";
    private static final String ADVICE = "data/advice/st-0117.yaml";
    private static final String TRAVEL = "data/travel/icann58.yaml";
    private static final String DRAW = "data/draws/rapporteurs-2019.yaml";
    private static final String SITE = "data/site.yaml";

    @TempDir
    Path tmp;

    private static Arguments edit(String name, UnaryOperator<TestSite> edit) {
        return Arguments.of(name, edit);
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                edit("script tags and comment openers in every text", s -> s
                        .write(X, "id: jane-doe\nname: '<script>alert(1)</script><!--'\nregion: afralo\n"
                                + "affiliation: '\"><img src=x onerror=alert(1)>'\nbio: \"<!--<script> ]]> </script> & &amp;\"\n"
                                + "links: [{title: '</a><script>', url: 'https://example.org/?q=<script>'}]\n")),
                edit("javascript: link", s -> s.write(X, "id: jane-doe\nname: J\nregion: afralo\n"
                        + "links: [{title: x, url: 'javascript:alert(1)'}]\n")),
                edit("markdown with raw HTML and javascript links", s -> s.write("content/en/x.md",
                        "---\ntitle: X\n---\n<script>alert(1)</script>\n\n[a](javascript:alert(1)) ![b](data:text/html,x)\n")),
                edit("../ in ids", s -> s.write(X, "id: ../../etc/passwd\nname: J\nregion: afralo\n")),
                edit("../ in an advice id", s -> s.replace(ADVICE, "id: AL-ALAC-ST-0117-01-00-EN", "id: AL-../../x")),
                edit("overlong id", s -> s.write(X, "id: " + "a".repeat(260) + "\nname: J\nregion: afralo\n")),
                edit("huge vote counts", s -> s.replace(ADVICE, "vote: {for: 12, against: 0, abstain: 1, group_size: 15}",
                        "vote: {for: 2147483647, against: 2147483647, abstain: 2147483647, group_size: 2147483647}")),
                edit("number too large", s -> s.replace(DRAW, "seats: 1", "seats: 99999999999999999999")),
                edit("huge and precise costs", s -> s.replace(TRAVEL, "cost: {amount: 3150.40, currency: USD}",
                        "cost: {amount: 123456789012345678901234567890.123456789, currency: USD}")),
                edit("exponent cost", s -> s.replace(TRAVEL, "cost: {amount: 3150.40, currency: USD}", "cost: {amount: 1e308, currency: USD}")),
                edit("huge coverage counts", s -> s.replace(TRAVEL, "hotel_nights: 6, per_diem_days: 7",
                        "hotel_nights: 2147483647, per_diem_days: 2147483647")),
                edit("dates at the ends of the calendar", s -> s.write(X, "id: jane-doe\nname: J\nregion: afralo\n"
                        + "joined: 0001-01-01\nparticipation: [{workgroup: cpwg, from: 0001-01-01, to: 9999-12-31}]\n")),
                edit("as_of far in the future", s -> s.replace(SITE, "as_of: 2020-06-30", "as_of: 9999-12-31")),
                edit("as_of before everything", s -> s.replace(SITE, "as_of: 2020-06-30", "as_of: 1900-01-01")),
                edit("zero and odd rule thresholds", s -> s.append(SITE, "rules: {travel_lifetime_cap: 0, cooling_off_months: 0, "
                        + "voting_valid_months: 0, alac_candidacy_min_months: 0, coe_size: 1}\n")),
                edit("many translations of a name", s -> s.write(X, "id: jane-doe\nname: {en: J, fr: '', ar: ' '}\nregion: afralo\n")),
                edit("empty strings everywhere", s -> s.write(X, "id: jane-doe\nname: ''\nregion: afralo\naffiliation: ''\nbio: ''\n")),
                edit("quotes and apostrophes", s -> s.write(X, "id: jane-doe\nname: \"O'Brien \\\"the\\\" 'Quote'\"\nregion: afralo\n")),
                edit("right-to-left override in a title", s -> s.replace(ADVICE, "title: {en: Statement on IDN variants,",
                        "title: {en: \"Statement \u202Eon IDN\",")),
                edit("null byte escaped in a name", s -> s.write(X, "id: jane-doe\nname: \"J\\0\"\nregion: afralo\n")),
                edit("a draw whose pool is the whole seat count", s -> s.replace(DRAW, "seats: 1", "seats: 3")),
                edit("a page whose name is a number", s -> s.write("content/en/2024.md", "---\ntitle: '2024'\n---\nYear\n")),
                edit("a page nested deep in folders", s -> s.write("content/en/a/b/c/d/e/f/g/h/i/j.md", "---\ntitle: Deep\n---\nx\n")),
                edit("a page shadowing a generated section", s -> s.write("content/en/members.md", "---\ntitle: M\n---\nx\n")),
                edit("Markdown nested 10,000 deep in a bio", s -> s.write(X, "id: jane-doe\nname: J\nregion: afralo\nbio: '"
                        + "> ".repeat(10_000) + "x'\n")),
                edit("Markdown nested 10,000 deep in how to apply", s -> s.replace("data/programmes.yaml",
                        "how_to_apply: \"Confirm with **staff** six weeks before the meeting.\"",
                        "how_to_apply: \"" + "- ".repeat(10_000) + "x\"")),
                edit("a huge table in a page", s -> s.write("content/en/t.md", "---\ntitle: T\n---\n|a|b|\n|-|-|\n"
                        + "|1|2|\n".repeat(5_000))),
                edit("emoji and astral characters", s -> s.write(X, "id: jane-doe\nname: '𝕁𝕒𝕟𝕖 🎉 𓀀'\nregion: afralo\n")),
                edit("a byte-order mark mid-file", s -> s.write(X, "id: jane-doe\nname: 'J\uFEFFane'\nregion: afralo\n")),
                edit("line and paragraph separators", s -> s.write(X, "id: jane-doe\nname: \"J\\Lane\\P\"\nregion: afralo\n"))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void validateDecidesWhetherBuildSucceeds(String name, UnaryOperator<TestSite> edit) throws Exception {
        TestSite s = edit.apply(TestSite.mini(tmp));
        Run v = s.validate();
        v.assertNoStackTrace();
        if (v.exitCode() == 2) {
            s.rejects(); // build refuses it the same way and writes nothing
            return;
        }
        assertEquals(0, v.exitCode(), v::toString);
        Path out = s.beside("out");
        Run b = s.build(out, "--links", "internal");
        b.assertNoStackTrace();
        assertEquals(0, b.exitCode(), () -> "validate passed, so build must too\n" + b);
        TestSite.assertNoStagingLeft(tmp);
        try (Stream<Path> pages = Files.walk(out)) {
            assertTrue(pages.anyMatch(p -> p.toString().endsWith("index.html")));
        }
        Map<String, byte[]> built = TestSite.snapshot(out);
        for (Map.Entry<String, byte[]> e : built.entrySet()) {
            if (!e.getKey().endsWith(".html")) continue;
            String html = new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8);
            for (String bad : List.of("<script>alert", "onerror=alert", "href=\"javascript:", "<img src=x")) {
                assertTrue(!html.contains(bad), e.getKey() + " contains " + bad);
            }
        }
    }
}
