package org.plenary.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** For every fixture: the CSV, its CSVW metadata and the JSON agree, values fit their types, keys hold. */
class ConsistencyTest {

    @ParameterizedTest
    @ValueSource(strings = {Sites.MINI, Sites.TRICKY})
    void csvIsStrictUtf8Rfc4180WithoutBom(String fixture) throws Exception {
        Sites.Written site = Sites.written(fixture);
        for (String f : site.files()) {
            if (!f.endsWith(".csv")) continue;
            byte[] bytes = Files.readAllBytes(site.data().resolve(f));
            if (f.endsWith("-excel.csv")) { // the spreadsheet copy: a BOM, then exactly the plain CSV
                byte[] plain = Files.readAllBytes(site.data().resolve(f.replace("-excel.csv", ".csv")));
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                assertArrayEquals(bom, java.util.Arrays.copyOf(bytes, 3), f + " starts with a UTF-8 BOM");
                assertArrayEquals(plain, java.util.Arrays.copyOfRange(bytes, 3, bytes.length), f + " is the plain CSV after it");
                continue;
            }
            assertFalse(bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF, f + " starts with a BOM");
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                fail(f + " is not UTF-8");
            }
            CsvReader.rows(site.read(f)); // throws on any RFC 4180 violation
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Sites.MINI, Sites.TRICKY})
    void metadataDescribesExactlyTheCsvAndJsonHoldsTheSameRows(String fixture) {
        Sites.Written site = Sites.written(fixture);
        for (Dataset d : site.datasets()) {
            Table t = d.table();
            String csv = site.read(t.csvFile());
            JsonNode meta = site.json(t.metadataFile());
            assertEquals("http://www.w3.org/ns/csvw", meta.get("@context").asText());
            assertEquals(t.csvFile(), meta.get("url").asText());
            assertEquals(t.title(), meta.get("dc:title").asText());
            assertEquals(DataContext.LICENSE, meta.at("/dc:license/@id").asText());
            List<String> names = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            meta.at("/tableSchema/columns").forEach(c -> {
                names.add(c.get("name").asText());
                titles.add(c.get("titles").asText());
                assertTrue(Set.of("string", "date", "integer", "decimal", "boolean", "anyURI").contains(c.get("datatype").asText()));
                assertTrue(c.get("required").isBoolean());
            });
            List<String> header = CsvReader.header(csv);
            assertEquals(header, names, t.csvFile() + " header vs metadata names");
            assertEquals(header, titles, t.csvFile() + " header vs metadata titles");

            List<Map<String, String>> rows = CsvReader.rows(csv);
            JsonNode json = site.json(t.jsonFile());
            assertEquals(t.name(), json.get("dataset").asText());
            assertEquals(DataContext.LICENSE, json.get("license").asText());
            assertEquals(rows.size(), json.get("count").asInt());
            assertEquals(rows.size(), json.get("records").size());
            assertEquals(rows.size(), d.rows());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode rec = json.get("records").get(i);
                Iterator<String> keys = rec.fieldNames();
                for (String column : header) {
                    assertEquals(column, keys.next(), t.jsonFile() + " keeps the column order");
                    assertEquals(rows.get(i).get(column), asCell(rec.get(column), meta, column),
                            t.name() + " row " + i + " column " + column + ": CSV and JSON differ");
                }
            }
        }
    }

    /** The JSON value written the way the CSV writes it. */
    private static String asCell(JsonNode v, JsonNode meta, String column) {
        if (v.isNull()) return "";
        if (v.isArray()) {
            String sep = null;
            for (JsonNode c : meta.at("/tableSchema/columns")) {
                if (c.get("name").asText().equals(column)) sep = c.get("separator").asText();
            }
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.asText()));
            return String.join(sep, parts);
        }
        if (v.isBigDecimal() || v.isDouble()) return v.decimalValue().toPlainString();
        return v.asText();
    }

    @ParameterizedTest
    @ValueSource(strings = {Sites.MINI, Sites.TRICKY})
    void everyValueFitsItsDatatypeAndRequiredOnesAreThere(String fixture) {
        Sites.Written site = Sites.written(fixture);
        for (Dataset d : site.datasets()) {
            JsonNode meta = site.json(d.table().metadataFile());
            List<Map<String, String>> rows = site.csv(d.table().csvFile());
            for (JsonNode c : meta.at("/tableSchema/columns")) {
                String name = c.get("name").asText();
                for (Map<String, String> r : rows) {
                    String v = r.get(name);
                    String where = d.table().csvFile() + " " + name + "='" + v + "'";
                    if (v.isEmpty()) {
                        assertFalse(c.get("required").asBoolean(), where + " is required");
                        continue;
                    }
                    List<String> values = c.has("separator") ? List.of(v.split(java.util.regex.Pattern.quote(
                            c.get("separator").asText()), -1)) : List.of(v);
                    for (String x : values) {
                        try {
                            switch (c.get("datatype").asText()) {
                                case "date" -> assertEquals(x, LocalDate.parse(x).toString(), where);
                                case "integer" -> Long.parseLong(x);
                                case "decimal" -> assertEquals(x, new BigDecimal(x).toPlainString(), where);
                                case "boolean" -> assertTrue(x.equals("true") || x.equals("false"), where);
                                case "anyURI" -> URI.create(x);
                                default -> assertFalse(x.isEmpty() && c.has("separator"), where);
                            }
                        } catch (RuntimeException e) {
                            fail(where + ": " + e);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Sites.MINI, Sites.TRICKY})
    void primaryKeysAreUniqueAndForeignKeysResolve(String fixture) {
        Sites.Written site = Sites.written(fixture);
        JsonNode group = site.json("csv-metadata.json");
        assertEquals("http://www.w3.org/ns/csvw", group.get("@context").asText());
        assertEquals(site.datasets().size(), group.get("tables").size());
        int fks = 0;
        for (JsonNode table : group.get("tables")) {
            String file = table.get("url").asText();
            // The group repeats each table's own metadata exactly.
            ObjectNode own = ((ObjectNode) site.json(file + "-metadata.json")).deepCopy();
            own.remove("@context");
            assertEquals(own, table, file + ": group and own metadata differ");

            List<Map<String, String>> rows = site.csv(file);
            JsonNode pk = table.at("/tableSchema/primaryKey");
            List<String> pkCols = new ArrayList<>();
            if (pk.isArray()) pk.forEach(p -> pkCols.add(p.asText()));
            else pkCols.add(pk.asText());
            Set<List<String>> seen = new HashSet<>();
            for (Map<String, String> r : rows) {
                List<String> key = pkCols.stream().map(r::get).toList();
                assertTrue(seen.add(key), file + " repeats primary key " + key);
            }
            for (JsonNode fk : table.at("/tableSchema/foreignKeys")) {
                fks++;
                String col = fk.get("columnReference").asText();
                String target = fk.at("/reference/resource").asText();
                String targetCol = fk.at("/reference/columnReference").asText();
                Set<String> known = new HashSet<>();
                site.csv(target).forEach(r -> known.add(r.get(targetCol)));
                for (Map<String, String> r : rows) {
                    String v = r.get(col);
                    if (!v.isEmpty()) assertTrue(known.contains(v), file + "." + col + " '" + v + "' is not in " + target);
                }
            }
        }
        assertTrue(fks >= 6, "travel, travel-totals and advice declare their foreign keys");
    }
}
