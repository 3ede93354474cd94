package org.plenary.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's template contract lists every built-in template with exactly the parameters it declares, so a site's
 * own template can be written from the README alone: a template added or changed without its row fails here.
 */
class TemplateContractDocTest {
    private static final Pattern PARAM = Pattern.compile("^@param\\s+(?:final\\s+)?\\S+(?:<[^>]*>)?\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern ROW = Pattern.compile("^\\| `([\\w/]+\\.jte)` \\|[^|]*\\|(.*)\\|\\s*$", Pattern.MULTILINE);
    private static final Pattern NAME = Pattern.compile("`([a-z]\\w*)`");

    @Test
    void everyTemplateAndItsParametersAreDocumented() throws IOException {
        Map<String, List<String>> declared = new TreeMap<>();
        Path templates = Path.of("templates");
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".jte")).toList()) {
                List<String> names = new ArrayList<>();
                Matcher m = PARAM.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) names.add(m.group(1));
                declared.put(templates.relativize(p).toString().replace('\\', '/'), names);
            }
        }
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int at = readme.indexOf("### The template contract");
        assertTrue(at >= 0, "README has no template contract section");
        Map<String, List<String>> documented = new TreeMap<>();
        Matcher row = ROW.matcher(readme.substring(at));
        while (row.find()) {
            List<String> names = new ArrayList<>();
            Matcher n = NAME.matcher(row.group(2).replaceAll("\\([^)]*\\)", ""));
            while (n.find()) names.add(n.group(1));
            documented.put(row.group(1), names);
        }
        assertEquals(declared, documented, "README.md, 'The template contract': one row per template, its @param names in order");
    }
}
