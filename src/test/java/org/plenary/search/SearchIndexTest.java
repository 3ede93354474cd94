package org.plenary.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.concurrent.CancellationException;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.build.TestSite;
import org.plenary.output.Output;
import org.plenary.search.internal.IndexMeta;
import org.plenary.search.internal.SearchEntity;
import org.plenary.search.internal.SearchThreads;
import org.plenary.search.internal.StaticIndexWriter;

/**
 * The indexes a build writes, on the mini fixture: privacy canaries never reach the Lucene or the static index;
 * two builds give byte-identical static indexes, whatever the number of threads; an interrupted build stops and
 * leaves the index as it was; an edit makes {@code plenary search} rebuild; long Chinese bodies are segmented and
 * found.
 */
class SearchIndexTest {
    @TempDir
    Path tmp;

    /** Every file of a folder, gzip members expanded, as one string (to look for what must not be there). */
    static String everything(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Map.Entry<String, byte[]> f : TestSite.snapshot(dir).entrySet()) {
            byte[] b = f.getValue();
            if (b.length > 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(b))) {
                    b = in.readAllBytes();
                }
            }
            all.append(f.getKey()).append('\n').append(new String(b, StandardCharsets.UTF_8)).append('\n');
        }
        return all.toString();
    }

    @Test
    void privateFieldsAndAggregateOnlyMembersReachNoIndex() throws Exception {
        TestSite site = TestSite.mini(tmp);
        Path out = site.beside("out");
        assertEquals(0, site.build(out, "--links", "off").exitCode());
        String staticIndex = everything(out.resolve("search"));
        String lucene = everything(SearchIndexes.location(site.root()));
        assertTrue(staticIndex.contains("Amina Diallo"), "public names are in the static index");
        // Lucene compresses stored fields (a string may not appear whole); the lexicons are plain folded words.
        assertTrue(lucene.contains("diallo\t"), "public names are in the Lucene index's lexicons");
        for (String canary : List.of("CANARY", "canary", "hidden-member", "555 0100")) {
            assertFalse(staticIndex.contains(canary), "static index leaks " + canary);
            assertFalse(lucene.contains(canary), "Lucene index leaks " + canary);
        }
        TestSite.Run r = TestSite.run("search", "--root", site.root().toString(), "--format", "json", "canary");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.out().contains("\"results\" : [ ]"), r::toString);
    }

    @Test
    void twoBuildsGiveByteIdenticalStaticIndexes() throws Exception {
        TestSite site = TestSite.mini(tmp);
        Path a = site.beside("a");
        Path b = site.beside("b");
        assertEquals(0, site.build(a, "--links", "off").exitCode());
        assertEquals(0, site.build(b, "--links", "off").exitCode());
        Map<String, byte[]> first = TestSite.snapshot(a.resolve("search"));
        Map<String, byte[]> second = TestSite.snapshot(b.resolve("search"));
        assertEquals(first.keySet(), second.keySet());
        for (String k : first.keySet()) assertArrayEquals(first.get(k), second.get(k), k);
        assertTrue(first.containsKey("manifest.json"));
    }

    @Test
    void theIndexesAreTheSameWhateverTheNumberOfThreads() throws Exception {
        TestSite site = TestSite.mini(tmp);
        Loaded in = InputStages.run(site.root(), null, false);
        assertTrue(in.ok());
        Map<String, byte[]> first = null;
        for (int threads : new int[] {1, 5}) {
            Path out = site.beside("out-" + threads);
            try (SearchThreads t = new SearchThreads(threads)) {
                List<SearchEntity> entities = SearchIndexes.entities(in.view(), in.content(), in.theme(), t);
                Path dir = SearchIndexes.write(site.root(), in.view(), entities, t);
                Output o = new Output(out);
                List<String> langs = in.view().site().languages().stream().map(l -> l.code()).toList();
                // As the search stage writes them: started on the pool threads, joined by the calling thread.
                var pages = StaticIndexWriter.pageGroupNames(langs, t.join(t.startMap(
                        langs.size() * StaticIndexWriter.pageGroups(entities.size()),
                        i -> StaticIndexWriter.writePageGroup(langs, entities, i, o))));
                assertEquals(StaticIndexWriter.writePages(langs, entities, new Output(site.beside("serial-" + threads))), pages);
                StaticIndexWriter.write(dir, IndexMeta.read(dir.resolve("meta.json")), pages, o, t);
                Map<String, byte[]> files = new java.util.TreeMap<>(TestSite.snapshot(out.resolve("search")));
                // Lucene's own files carry random segment ids; the lexicons and meta.json must be equal.
                TestSite.snapshot(dir).forEach((k, v) -> {
                    if (!k.startsWith("lucene")) files.put("index/" + k, v);
                });
                if (first == null) {
                    first = files;
                } else {
                    assertEquals(first.keySet(), files.keySet());
                    for (String k : first.keySet()) assertArrayEquals(first.get(k), files.get(k), k);
                }
            }
        }
    }

    @Test
    void aMapStartedOnThePoolGivesItsResultsInOrderAndRethrowsItsFirstFailure() {
        for (int threads : new int[] {1, 3}) {
            try (SearchThreads t = new SearchThreads(threads)) {
                SearchThreads.Batch<Integer> squares = t.startMap(100, i -> i * i);
                List<Integer> got = t.join(squares);
                for (int i = 0; i < 100; i++) assertEquals(i * i, got.get(i));
                SearchThreads.Batch<Integer> failing = t.startMap(50, i -> {
                    if (i >= 20) throw new IllegalArgumentException("item " + i);
                    return i;
                });
                IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> t.join(failing));
                assertEquals("item 20", e.getMessage());
                assertEquals(List.of(), t.join(t.startMap(0, i -> i)));
            }
        }
    }

    @Test
    void anInterruptedIndexBuildStopsAndLeavesTheIndexInPlace() throws Exception {
        TestSite site = TestSite.mini(tmp);
        assertEquals(0, site.build(site.beside("out"), "--links", "off").exitCode());
        Path index = SearchIndexes.location(site.root());
        Map<String, byte[]> before = TestSite.snapshot(index);
        Loaded in = InputStages.run(site.root(), null, false);
        Throwable[] thrown = {null};
        boolean[] stillInterrupted = {false};
        Thread t = new Thread(() -> {
            Thread.currentThread().interrupt(); // as a dev server being stopped does to its background thread
            try {
                SearchStage.run(site.root(), in.view(), in.content(), in.theme(), new Output(site.beside("out2")));
            } catch (Throwable e) {
                thrown[0] = e;
            }
            stillInterrupted[0] = Thread.currentThread().isInterrupted();
        });
        t.start();
        t.join(60_000);
        assertTrue(thrown[0] instanceof CancellationException, String.valueOf(thrown[0]));
        assertTrue(stillInterrupted[0], "the interrupt status is kept for the caller");
        Map<String, byte[]> after = TestSite.snapshot(index);
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
        try (var list = Files.list(index.getParent())) {
            assertEquals(List.of("search"), list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("search")).toList(),
                    "no unfinished index folder is left");
        }
    }

    @Test
    void searchRebuildsTheIndexWhenTheInputChanged() throws Exception {
        TestSite site = TestSite.mini(tmp);
        assertEquals(0, site.build(site.beside("out"), "--links", "off").exitCode());
        assertTrue(SearchIndexes.isFresh(site.root()));
        TestSite.Run before = TestSite.run("search", "--root", site.root().toString(), "--format", "json", "quokka");
        assertTrue(before.out().contains("\"results\" : [ ]"), before::toString);
        site.replace("data/advice/st-0117.yaml", "The ALAC supports the proposal.", "The ALAC supports the quokka proposal.");
        Files.setLastModifiedTime(site.path("data/advice/st-0117.yaml"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertFalse(SearchIndexes.isFresh(site.root()));
        TestSite.Run after = TestSite.run("search", "--root", site.root().toString(), "--format", "json", "quokka");
        assertTrue(after.out().contains("AL-ALAC-ST-0117-01-00-EN"), after::toString);
    }

    @Test
    void invalidInputIsReportedNotIndexed() {
        TestSite site = TestSite.mini(tmp).append("data/members/people.yaml", "- id: Bad Id\n  name: x\n");
        TestSite.Run r = TestSite.run("search", "--root", site.root().toString(), "travel");
        r.assertNoStackTrace();
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.err().contains("people.yaml:"), r::toString);
        assertTrue(r.err().contains("cannot index the site"), r::toString);
    }

    /** A statement body of long Chinese text: thousands of characters made of common policy vocabulary. */
    static String chineseText(Random random, int chars, String... extra) {
        String[] words = {"互联网", "用户", "政策", "社群", "透明度", "问责制", "域名", "注册", "数据", "保护", "建议", "董事会",
                "区域", "组织", "咨询", "委员会", "报告", "审查", "实施", "程序", "公众", "意见", "参与", "资助", "差旅", "会议",
                "成员", "选举", "代表", "原则", "安全", "稳定", "隐私", "合规", "法律", "服务", "机构", "技术", "标准", "多语言"};
        String[] glue = {"的", "和", "在", "对", "与", "，", "。"};
        StringBuilder b = new StringBuilder();
        int k = 0;
        while (b.length() < chars) {
            b.append(words[random.nextInt(words.length)]).append(glue[random.nextInt(glue.length)]);
            if (++k % 40 == 0) b.append("\n\n");
            if (k % 97 == 0 && extra.length > 0) b.append(extra[random.nextInt(extra.length)]).append("。");
        }
        return b.toString();
    }

    @Test
    void longChineseBodiesAreSegmentedAndTheRightStatementComesFirst() throws Exception {
        TestSite site = TestSite.mini(tmp);
        site.replace("data/site.yaml", "  - {code: ar, name: العربية, direction: rtl}",
                "  - {code: ar, name: العربية, direction: rtl}\n  - {code: zh, name: 中文, direction: ltr}");
        Random random = new Random(7);
        StringBuilder advice = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            String id = String.format("AL-ALAC-ST-01%02d-01-00-EN", i);
            advice.append("- id: ").append(id).append("\n  title: {en: Statement ").append(i).append(", zh: 声明 ").append(i)
                    .append("}\n  type: public-comment\n  status: submitted\n  dates: {submitted: 2019-01-").append(String.format("%02d", i))
                    .append("}\n  penholders: [amina-diallo]\n  topics: [test]\n");
            String extra = i == 9 ? "域名抢注问题日益严重" : "";
            site.write("content/advice/" + id + "/zh.md", chineseText(random, 6000) + extra + chineseText(random, 3000));
        }
        site.write("data/advice/chinese.yaml", advice.toString());
        assertEquals(0, site.build(site.beside("out"), "--links", "off").exitCode());
        TestSite.Run r = TestSite.run("search", "--root", site.root().toString(), "--lang", "zh", "--format", "json", "抢注问题");
        assertEquals(0, r.exitCode(), r::toString);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("results").size(), r::toString);
        assertEquals("AL-ALAC-ST-0109-01-00-EN", json.get("results").get(0).get("id").asText());
        assertTrue(json.get("results").get(0).get("snippet").asText().contains("<mark>"), r::toString);
        // Traditional characters find the same statement.
        TestSite.Run t = TestSite.run("search", "--root", site.root().toString(), "--lang", "zh", "--format", "json", "搶註問題");
        assertTrue(t.out().contains("AL-ALAC-ST-0109-01-00-EN"), t::toString);
    }
}
