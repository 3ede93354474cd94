package org.plenary.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesOnlyWhatMustBeQuoted() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("", Csv.field(null));
        assertEquals("", Csv.field(""));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\"cr\rhere\"", Csv.field("cr\rhere"));
        assertEquals("\" padded \"", Csv.field(" padded "));
        assertEquals("O'Brien;tab\there", Csv.field("O'Brien;tab\there"));
        assertEquals("北京 ٱلْعَرَبِيَّة", Csv.field("北京 ٱلْعَرَبِيَّة"));
    }

    @Test
    void everyLineEndsWithCrlf() {
        Csv csv = new Csv(List.of("a", "b")).row(Arrays.asList("1", null)).row(List.of("x,y", "z"));
        assertEquals("a,b\r\n1,\r\n\"x,y\",z\r\n", csv.toString());
        assertEquals(2, csv.records());
    }

    @Test
    void rowsMustMatchTheHeader() {
        Csv csv = new Csv(List.of("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> csv.row(List.of("only one")));
        assertThrows(IllegalArgumentException.class, () -> new Csv(List.of()));
    }

    @Test
    void anythingRoundTrips() {
        List<String> nasty = List.of("", ",", "\"", "\"\"", "a\r\nb", "\n", "\r", " lead", "trail ", "x,\"y\"\r\n,z",
                "emoji 🎉", "RTL مرحبا, world");
        Csv csv = new Csv(List.of("h1", "h2", "h3"));
        List<List<String>> expected = new ArrayList<>();
        for (String a : nasty) {
            List<String> row = List.of(a, "mid", a + a);
            csv.row(row);
            // a value a spreadsheet would run as a formula comes back with its protective apostrophe
            expected.add(row.stream().map(v -> !v.isEmpty() && Csv.isFormula(v) ? "'" + v : v).toList());
        }
        List<List<String>> back = CsvReader.parse(csv.toString());
        assertEquals(List.of("h1", "h2", "h3"), back.get(0));
        assertEquals(expected, back.subList(1, back.size()));
    }

    @Test
    void formulaCellsAreNeutralisedAsOwaspRecommends() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"", Csv.field("=HYPERLINK(\"http://x\",\"click\")"));
        assertEquals("\"'+cmd|' /C calc'!A0\"", Csv.field("+cmd|' /C calc'!A0"));
        assertEquals("\"'-2+3\"", Csv.field("-2+3"));
        assertEquals("\"'@SUM(1,2)\"", Csv.field("@SUM(1,2)"));
        assertEquals("\"'\tx\"", Csv.field("\tx"));
        assertEquals("\"'\rx\"", Csv.field("\rx"));
        // plain numbers stay numbers; a sign or @ later in a value is harmless
        assertEquals("-5", Csv.field("-5"));
        assertEquals("+41.5", Csv.field("+41.5"));
        assertEquals("a=b", Csv.field("a=b"));
        assertEquals("jane@example.org", Csv.field("jane@example.org"));
    }

    @Test
    void theTestReaderIsStrict() {
        assertThrows(IllegalArgumentException.class, () -> CsvReader.parse("a,b\n"));
        assertThrows(IllegalArgumentException.class, () -> CsvReader.parse("a,b"));
        assertThrows(IllegalArgumentException.class, () -> CsvReader.parse("a\"b\r\n"));
        assertThrows(IllegalArgumentException.class, () -> CsvReader.parse("\"a\"b\r\n"));
        assertTrue(CsvReader.parse("").isEmpty());
    }

    @Test
    void tableCellsAreTypedAndChecked() {
        Table t = new Table("t", "T", "test");
        t.column("id", Datatype.STRING, true, "id").column("n", Datatype.DECIMAL, false, "n")
                .listColumn("tags", " ", "tags").column("d", Datatype.DATE, false, "d");
        t.row().set("id", "a").set("n", new java.math.BigDecimal("3150.40")).set("tags", List.of("x", "y"))
                .set("d", java.time.LocalDate.of(2024, 2, 29));
        t.row().set("id", "b");
        assertEquals("id,n,tags,d\r\na,3150.40,x y,2024-02-29\r\nb,,,\r\n", t.csv());
        assertThrows(IllegalArgumentException.class, () -> t.row().set("n", "3.5"), "a string in a decimal column");
        assertThrows(IllegalArgumentException.class, () -> t.row().set("nope", "x"), "an unknown column");
        Table u = new Table("u", "U", "test").column("id", Datatype.STRING, true, "id");
        u.row();
        assertThrows(IllegalStateException.class, u::csv, "a required value missing");
    }

    @Test
    void decimalsStayPlainAndExact() {
        Table t = new Table("t", "T", "test").column("n", Datatype.DECIMAL, false, "n");
        t.row().set("n", new java.math.BigDecimal("1E+3"));
        t.row().set("n", DataContext.money(new java.math.BigDecimal("2000")));
        t.row().set("n", DataContext.money(new java.math.BigDecimal("3150.405")));
        assertEquals("n\r\n1000\r\n2000.00\r\n3150.405\r\n", t.csv());
        String json = Json.pretty(t.json());
        assertTrue(json.contains("\"n\": 1000\n"), json);
        assertTrue(json.contains("\"n\": 2000.00\n"), json);
        assertTrue(json.contains("\"n\": 3150.405\n"), json);
    }
}
