package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every hand-written case under {@code src/test/resources/links/cases/}: each folder is a small site
 * showing one rule, with both links that must resolve and links that must not, and an {@code expect.txt}:
 *
 * <pre>
 * # comment
 * base-url: https://example.org/      (optional: check with this base URL)
 * broken: PAGE | HREF | REASON-PART   (each expected broken link; nothing else may be broken)
 * links: N                            (optional: links counted)
 * unchecked: N                        (optional: external links not checked)
 * </pre>
 */
class LinkCasesTest {

    @TestFactory
    Stream<DynamicTest> everyCaseFolderGivesItsExpectedVerdict() throws IOException, URISyntaxException {
        Path root = Path.of(LinkCasesTest.class.getResource("/links/cases").toURI());
        List<Path> cases;
        try (Stream<Path> s = Files.list(root)) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 19, "case folders missing: " + cases);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> runCase(dir)));
    }

    private record Expected(String page, String href, String reasonPart) {
    }

    private static void runCase(Path dir) throws IOException {
        LinkCheckOptions options = LinkCheckOptions.internal();
        List<Expected> expected = new ArrayList<>();
        Integer links = null;
        Integer unchecked = null;
        for (String line : Files.readAllLines(dir.resolve("expect.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "base-url" -> options = options.withBaseUrl(value);
                case "links" -> links = Integer.parseInt(value);
                case "unchecked" -> unchecked = Integer.parseInt(value);
                case "broken" -> {
                    String[] parts = value.split(" \\| ", 3);
                    expected.add(new Expected(parts[0], parts[1], parts[2]));
                }
                default -> fail("unknown key in " + dir + "/expect.txt: " + line);
            }
        }

        LinkReport report = new LinkChecker(options).check(dir);

        List<String> want = expected.stream().map(e -> e.page + " | " + e.href).sorted().toList();
        List<String> got = report.broken().stream().map(b -> b.page() + " | " + b.href()).sorted().toList();
        assertEquals(want, got, "broken links of case " + dir.getFileName() + "\n" + LinkReportFormat.text(report));
        for (Expected e : expected) {
            BrokenLink b = report.broken().stream()
                    .filter(x -> x.page().equals(e.page) && x.href().equals(e.href)).findFirst().orElseThrow();
            assertTrue(b.reason().contains(e.reasonPart),
                    "reason for " + e.page + " | " + e.href + " was: " + b.reason() + "; expected to contain: " + e.reasonPart);
        }
        if (links != null) assertEquals(links, report.links(), "links counted in " + dir.getFileName());
        if (unchecked != null) assertEquals(unchecked, report.unchecked(), "unchecked in " + dir.getFileName());
    }
}
