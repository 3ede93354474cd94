package org.plenary.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.draw.KeyString;
import org.plenary.draw.Pool;
import org.plenary.draw.Selection;
import org.plenary.draw.Source;
import org.plenary.draw.StratifiedDraw;

/**
 * The draw page's verifier ({@code templates/static/js/draw-verify.js}) in real headless Chromium:
 * it must agree with the Java engine on the RFC example and on a stratified draw, and catch tampering.
 */
class DrawVerifyBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static HeadlessChromium chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void browser() {
        chromium = HeadlessChromium.require();
    }

    @Test
    void rfcExampleMatches() throws Exception {
        Document dom = chromium.dumpDom(page("rfc.html", rfcData(), ""));
        Element out = dom.getElementById("draw-verify-result");
        assertNotNull(out);
        assertEquals("match", out.attr("data-status"), dom.getElementById("draw-verify-steps").text());
        assertEquals("match", out.text());
        assertEquals("9319./2.5.8.10.12./9.18.26.34.41.45./", dom.selectFirst("#draw-verify-steps code").text());
        List<Element> rows = dom.select("#draw-verify-steps tbody tr");
        assertEquals(11, rows.size());
        assertEquals("990DD0A5692A029A98B5E01AA28F3459", rows.get(0).selectFirst("td.md5").text());
        assertEquals("07FA46C122F164C215BBC72793B189A3", rows.get(10).selectFirst("td.md5").text());
        assertEquals("17 Lee", rows.get(0).child(5).text());
        assertEquals("Lee", rows.get(0).child(6).text(), "published");
        assertEquals("16", rows.get(0).child(4).text(), "remainder of the first pick");
    }

    @Test
    void tamperedResultIsCaughtAtTheFirstWrongPick() throws Exception {
        ObjectNode data = rfcData();
        ArrayNode result = (ArrayNode) data.get("result").get("");
        result.set(1, "Mary"); // published order Lee, Mary, Doc … instead of Lee, Doc, Mary
        result.set(2, "Doc");
        Document dom = chromium.dumpDom(page("tampered.html", data,
                " data-mismatch=\"Abweichung bei Ziehung {n}\""));
        Element out = dom.getElementById("draw-verify-result");
        assertEquals("mismatch", out.attr("data-status"));
        assertEquals("Abweichung bei Ziehung 2", out.text(), "text comes from the button's data-mismatch");
        assertEquals("mismatch", dom.select("#draw-verify-steps tbody tr").get(1).attr("data-status"));
        assertEquals("match", dom.select("#draw-verify-steps tbody tr").get(0).attr("data-status"));
    }

    @Test
    void tamperedSourceIsCaughtToo() throws Exception {
        ObjectNode data = rfcData();
        ((ArrayNode) data.get("sources").get(0).get("values")).set(0, "9318");
        Document dom = chromium.dumpDom(page("source.html", data, ""));
        Element out = dom.getElementById("draw-verify-result");
        assertEquals("mismatch", out.attr("data-status"));
        assertEquals("mismatch at pick 1", out.text());
    }

    private static final List<Source> STRATIFIED_SOURCES = List.of(new Source("index close", List.of("10.0730")),
            new Source("daily number", List.of("9", "3", "017")));
    private static final List<Pool> STRATIFIED_POOLS = List.of(
            new Pool("AFRALO", 3, ids("af", 12)),
            new Pool("APRALO", 2, ids("ap", 7)),
            new Pool("EURALO", 4, ids("eu", 30)));

    @Test
    void stratifiedDrawWithDecimalAndLeadingZeroSourcesAgreesWithJava() throws Exception {
        Map<String, Selection> java = StratifiedDraw.select(KeyString.of(STRATIFIED_SOURCES), STRATIFIED_POOLS);
        ObjectNode data = stratifiedData(java);
        Document dom = chromium.dumpDom(page("stratified.html", data, " data-match=\"übereinstimmend\""));
        Element out = dom.getElementById("draw-verify-result");
        assertEquals("match", out.attr("data-status"), dom.getElementById("draw-verify-steps").text());
        assertEquals("übereinstimmend", out.text());
        assertEquals("10.073/3.9.17./", dom.selectFirst("#draw-verify-steps code").text());
        assertEquals(9, dom.select("#draw-verify-steps tbody tr").size());
        // Second pool continues the index: its first row hashes i = 3.
        Element row = dom.select("#draw-verify-steps tbody tr").get(3);
        assertEquals("APRALO", row.child(1).text());
        assertEquals("3", row.child(2).text());
        assertEquals(java.get("APRALO").steps().get(0).md5Hex(), row.selectFirst("td.md5").text());
    }

    @Test
    void stratifiedTamperingNamesTheRunningPickAndPool() throws Exception {
        Map<String, Selection> java = StratifiedDraw.select(KeyString.of(STRATIFIED_SOURCES), STRATIFIED_POOLS);
        ObjectNode data = stratifiedData(java);
        ArrayNode aprAlo = (ArrayNode) data.get("result").get("APRALO");
        aprAlo.remove(1); // one winner of the second pool left out of the published result
        Document dom = chromium.dumpDom(page("stratified-tampered.html", data,
                " data-mismatch=\"mismatch at pick {n} ({pool})\""));
        Element out = dom.getElementById("draw-verify-result");
        assertEquals("mismatch", out.attr("data-status"));
        assertEquals("mismatch at pick 5 (APRALO)", out.text());
    }

    private static ObjectNode stratifiedData(Map<String, Selection> java) {
        List<Source> sources = STRATIFIED_SOURCES;
        List<Pool> pools = STRATIFIED_POOLS;
        ObjectNode data = JSON.createObjectNode();
        ArrayNode src = data.putArray("sources");
        for (Source s : sources) {
            ObjectNode o = src.addObject().put("name", s.name());
            s.values().forEach(o.putArray("values")::add);
        }
        ArrayNode ps = data.putArray("pools");
        ObjectNode res = data.putObject("result");
        for (Pool p : pools) {
            ObjectNode o = ps.addObject().put("name", p.name()).put("seats", p.seats());
            p.items().forEach(o.putArray("pool")::add);
            java.get(p.name()).result().forEach(res.putArray(p.name())::add);
        }
        return data;
    }

    @Test
    void unusableDataSaysSoInsteadOfGuessing() throws Exception {
        ObjectNode data = rfcData();
        ((ArrayNode) data.get("sources").get(1).get("values")).set(0, "12a");
        Document dom = chromium.dumpDom(page("bad.html", data, ""));
        Element out = dom.getElementById("draw-verify-result");
        assertEquals("error", out.attr("data-status"));
        assertEquals("cannot verify: source \"RFC 3797 §6 source 2\": value \"12a\" is not a non-negative integer "
                + "or decimal", out.text());
    }

    // ------------------------------------------------------------------ page building

    private static List<String> ids(String prefix, int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + "-" + i).toList();
    }

    private static ObjectNode rfcData() throws IOException {
        try (InputStream in = DrawVerifyBrowserTest.class.getResourceAsStream("/draw/rfc3797-example.json")) {
            assertNotNull(in, "test resource draw/rfc3797-example.json");
            return (ObjectNode) JSON.readTree(in);
        }
    }

    /**
     * Writes a minimal draw page next to a copy of the shipped script. The page clicks the verify
     * button once loaded, the way a reader would.
     */
    private Path page(String name, ObjectNode data, String buttonAttributes) throws IOException {
        Files.writeString(dir.resolve("draw-verify.js"), shippedScript(), StandardCharsets.UTF_8);
        // "</" inside a script element would end it early; JSON allows "<\/" for the same text.
        String json = JSON.writeValueAsString(data).replace("</", "<\\/");
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>draw</title></head>
                <body>
                <script type="application/json" id="draw-data">%s</script>
                <button id="draw-verify" type="button"%s>Verify</button>
                <output id="draw-verify-result"></output>
                <div id="draw-verify-steps"></div>
                <script src="draw-verify.js"></script>
                <script>window.addEventListener('load', function () {
                  document.getElementById('draw-verify').click();
                });</script>
                </body></html>
                """.formatted(json, buttonAttributes);
        Path page = dir.resolve(name);
        Files.writeString(page, html, StandardCharsets.UTF_8);
        return page;
    }

    /** The script as packaged (theme/ on the classpath), else straight from the source tree. */
    private static String shippedScript() throws IOException {
        try (InputStream in = DrawVerifyBrowserTest.class.getResourceAsStream("/theme/static/js/draw-verify.js")) {
            if (in != null) return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.readString(Path.of("templates/static/js/draw-verify.js"), StandardCharsets.UTF_8);
    }
}
