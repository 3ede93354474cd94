package org.plenary.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.draw.Selection;
import org.plenary.draw.Step;
import org.plenary.model.Draw;
import org.plenary.rules.DrawAudit;

/** The open data of the mini fixture site: what is published, and what never is. */
class OpenDataWriterTest {
    private final Sites.Written site = Sites.written(Sites.MINI);

    @Test
    void writesEveryDatasetInEveryFormat() {
        List<String> expected = new ArrayList<>();
        for (String t : List.of("advice", "draws", "meetings", "members", "programmes", "travel-totals", "travel", "workgroups")) {
            expected.add(t + ".csv");
            expected.add(t + "-excel.csv");
            expected.add(t + ".csv-metadata.json");
            expected.add(t + ".json");
        }
        expected.add("csv-metadata.json");
        expected.add("draws/rapporteurs-2019.json");
        expected.add("index.html");
        assertEquals(expected.stream().sorted().toList(), site.files());
        assertEquals(List.of("members", "travel", "travel-totals", "advice", "draws", "meetings", "programmes", "workgroups"),
                site.datasets().stream().map(Dataset::id).toList());
    }

    @Test
    void privateDataAndAggregateOnlyMembersAppearNowhere() throws IOException {
        // Make sure the canaries are really in the input, so their absence below means something.
        String people = Files.readString(Sites.root(Sites.MINI).resolve("data/members/people.yaml"));
        assertTrue(people.contains("CANARY-EMAIL") && people.contains("CANARY-HIDDEN-NAME") && people.contains("hidden-member"));
        for (String f : site.files()) {
            String text = site.read(f);
            assertFalse(text.contains("CANARY"), f + " leaks a canary");
            assertFalse(text.contains("hidden-member"), f + " names the aggregate-only member by id");
            assertFalse(text.contains("+221"), f + " leaks a private phone number");
        }
    }

    @Test
    void membersArePublicOnesWithTheirStatus() {
        List<Map<String, String>> rows = site.csv("members.csv");
        assertEquals(List.of("amina-diallo", "jean-dupont", "zhang-wei"), rows.stream().map(r -> r.get("id")).toList());
        Map<String, String> amina = rows.get(0);
        assertEquals("Amina Diallo", amina.get("name"));
        assertEquals("individual", amina.get("kind"));
        assertEquals("afralo", amina.get("region"));
        assertEquals("SN", amina.get("country"));
        assertEquals("2014-05-01", amina.get("joined"));
        assertEquals("", amina.get("left"));
        var standing = site.loaded().derived().standing("amina-diallo");
        assertEquals(String.valueOf(standing.active()), amina.get("active"));
        assertEquals(String.valueOf(standing.voting()), amina.get("voting"));
        assertEquals(String.valueOf(standing.activeMonths()), amina.get("active_months"));
        assertEquals(String.valueOf(standing.alacEligible()), amina.get("candidacy"));
        assertEquals("1", amina.get("funded_trips"));
        assertEquals("17", amina.get("trips_left"));
        assertEquals("https://mini.example.org/en/members/amina-diallo/", amina.get("profile_url"));

        JsonNode jean = site.json("members.json").get("records").get(1);
        assertEquals("جان دوبون", jean.at("/translations/name/ar").asText());
        assertEquals("Jean Dupont", jean.at("/translations/name/en").asText());
        assertEquals("2020-06-30", site.json("members.json").get("as_of").asText());
    }

    @Test
    void travelRowsNameOnlyPublicMembersButTotalsCountEveryone() {
        List<Map<String, String>> rows = site.csv("travel.csv");
        assertEquals(List.of("icann58-amina-diallo-alac-ralo-leaders", "icann58-jean-dupont-fellowship"),
                rows.stream().map(r -> r.get("id")).toList());
        Map<String, String> amina = rows.get(0);
        assertEquals("ICANN58", amina.get("meeting"));
        assertEquals("2017-03-11", amina.get("meeting_start"));
        assertEquals("Amina Diallo", amina.get("member_name"));
        assertEquals("funded", amina.get("status"));
        assertEquals("economy", amina.get("airfare"));
        assertEquals("6", amina.get("hotel_nights"));
        assertEquals("7", amina.get("per_diem_days"));
        assertEquals("3150.40", amina.get("cost_amount"), "decimals as recorded, not 3150.4");
        assertEquals("USD", amina.get("cost_currency"));
        assertTrue(site.read("travel.json").contains("\"cost_amount\": 3150.40,"));

        List<Map<String, String>> totals = site.csv("travel-totals.csv");
        Map<String, String> fellowship = totals.stream()
                .filter(r -> r.get("meeting").equals("ICANN58") && r.get("programme").equals("fellowship")).findFirst().orElseThrow();
        assertEquals("1", fellowship.get("funded"), "the aggregate-only member's funded trip is counted");
        assertEquals("1", fellowship.get("funded_unnamed"));
        assertEquals("1", fellowship.get("declined"));
        assertEquals("2", fellowship.get("records"));
        assertEquals("41", fellowship.get("applications_received"));
        assertEquals("2000.00", fellowship.get("cost_usd"), "the hidden member's cost is in the total");

        int fundedInTotals = totals.stream().mapToInt(r -> Integer.parseInt(r.get("funded"))).sum();
        long fundedInModel = site.loaded().community().travel().stream().filter(t -> t.funded()).count();
        assertEquals(fundedInModel, fundedInTotals);
        int unnamed = totals.stream().mapToInt(r -> Integer.parseInt(r.get("funded_unnamed"))).sum();
        long fundedRows = rows.stream().filter(r -> r.get("status").equals("funded")).count();
        assertEquals(fundedInTotals, fundedRows + unnamed, "named rows plus unnamed make the total");
    }

    @Test
    void adviceListsPublicPenholdersDatesVoteAndLanguages() {
        Map<String, String> a = site.csv("advice.csv").get(0);
        assertEquals("AL-ALAC-ST-0117-01-00-EN", a.get("id"));
        assertEquals("Statement on IDN variants", a.get("title"));
        assertEquals("public-comment", a.get("type"));
        assertEquals("submitted", a.get("status"));
        assertEquals("2017-01-05", a.get("comment_open"));
        assertEquals("2017-01-30", a.get("submitted"));
        assertEquals("amina-diallo", a.get("penholders"));
        assertEquals("12", a.get("vote_for"));
        assertEquals("15", a.get("vote_group_size"));
        assertEquals("ICANN58", a.get("meeting"));
        assertEquals("en fr", a.get("languages"));
        assertEquals("https://mini.example.org/en/advice/al-alac-st-0117-01-00-en/", a.get("page_url"));
        JsonNode json = site.json("advice.json").get("records").get(0);
        assertEquals("بيان بشأن متغيرات أسماء النطاقات الدولية", json.at("/translations/title/ar").asText());
        assertTrue(json.get("penholders").isArray());
        assertEquals(List.of("en", "fr"), list(json.get("languages")));
    }

    @Test
    void drawRecordsCarryEveryStepOfTheRecomputation() {
        for (Draw d : site.loaded().community().draws()) {
            JsonNode j = site.json("draws/" + d.slug() + ".json");
            DrawAudit.Verdict v = DrawAudit.verify(d);
            assertEquals(d.id(), j.get("id").asText());
            assertEquals(v.key(), j.get("key").asText());
            assertTrue(j.get("verified").asBoolean());
            List<JsonNode> steps = new ArrayList<>();
            j.get("steps").forEach(steps::add);
            int k = 0;
            for (Map.Entry<String, Selection> e : v.computed().entrySet()) {
                for (Step s : e.getValue().steps()) {
                    JsonNode js = steps.get(k++);
                    assertEquals(e.getKey(), js.get("pool").asText());
                    assertEquals(s.index(), js.get("index").asInt());
                    assertEquals(s.md5Hex(), js.get("md5").asText());
                    assertEquals(s.itemsLeft(), js.get("items_left").asInt());
                    assertEquals(s.remainder(), js.get("remainder").bigIntegerValue());
                    assertEquals(s.position(), js.get("position").asInt());
                    assertEquals(s.poolNumber(), js.get("pool_number").asInt());
                    assertEquals(s.item(), js.get("item").asText());
                }
            }
            assertEquals(k, steps.size());
            assertEquals(d.pools().get(0).members(), list(j.at("/pools/0/pool")));
            assertEquals(d.pools().get(0).result(), list(j.get("result")));
            assertEquals("Lottery A", j.at("/sources/0/name").asText());
            assertEquals(List.of("9319"), list(j.at("/sources/0/values")));
            assertEquals("2018-12-10", j.at("/sources/0/published").asText());
            assertEquals("https://mini.example.org/en/draws/rapporteurs-2019/", j.get("page_url").asText());
        }
        Map<String, String> row = site.csv("draws.csv").get(0);
        assertEquals("9319./", row.get("key"));
        assertEquals("amina-diallo", row.get("result"));
        assertEquals("true", row.get("verified"));
        assertEquals("https://mini.example.org/data/draws/rapporteurs-2019.json", row.get("json_url"));
    }

    @Test
    void outputIsByteIdenticalRunToRun() throws IOException {
        Path again = Sites.temp();
        Sites.Written second = Sites.write(Sites.MINI, again);
        assertEquals(site.files(), second.files());
        for (String f : site.files()) {
            assertArrayEquals(Files.readAllBytes(site.data().resolve(f)), Files.readAllBytes(second.data().resolve(f)), f);
        }
    }

    @Test
    void jsonIsPrettyWithTwoSpacesAndAFinalNewline() {
        for (String f : site.files()) {
            if (!f.endsWith(".json")) continue;
            String text = site.read(f);
            assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"), f + " ends with one newline");
            assertFalse(text.contains("\t") || text.contains("\r"), f);
            assertTrue(text.startsWith("{\n  \""), f);
            assertFalse(text.contains(" : "), f + " uses \"key\": value");
            assertNotNull(site.json(f));
        }
    }

    @Test
    void withoutContentTheInlineBodiesGiveTheLanguages() {
        var l = site.loaded();
        Table advice = new OpenDataWriter(l.view()).datasets().stream()
                .filter(d -> d.id().equals("advice")).findFirst().orElseThrow().table();
        assertEquals(List.of(), advice.rows().get(0).get("languages"), "the mini site's bodies are files, not inline");
    }

    static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
