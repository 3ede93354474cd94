package org.plenary.opendata;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.plenary.content.Content;
import org.plenary.model.Draw;
import org.plenary.output.Output;
import org.plenary.rules.PublicView;

/**
 * Writes the open data under {@code /data/} (SPEC §5): for each public registry a CSV, its CSVW metadata and a
 * JSON file; one JSON file per draw; {@code csv-metadata.json} grouping all tables; and {@code index.html}
 * listing it all. Only members whose consent is public are ever named; output is byte-identical for the same
 * input and {@code as_of}.
 */
public final class OpenDataWriter {
    private final DataContext ctx;

    /** Advice body languages then come from inline bodies only; prefer the constructor taking {@link Content}. */
    public OpenDataWriter(PublicView view) {
        this(view, null);
    }

    /**
     * @param view    what may be published (the only registry input: privacy is the view's job)
     * @param content the loaded Markdown, for the languages each advice statement's text exists in; may be null
     */
    public OpenDataWriter(PublicView view, Content content) {
        this.ctx = new DataContext(view, content);
    }

    /** Builds every dataset without writing anything. */
    public List<Dataset> datasets() {
        return build().datasets;
    }

    private record Built(List<Dataset> datasets, DrawsDataset draws) {
    }

    private Built build() {
        TravelDataset travel = new TravelDataset(ctx);
        DrawsDataset draws = new DrawsDataset(ctx);
        List<Dataset> out = new ArrayList<>();
        out.add(new Dataset(new MembersDataset(ctx).table(), List.of()));
        out.add(new Dataset(travel.records(), List.of()));
        out.add(new Dataset(travel.totals(), List.of()));
        out.add(new Dataset(new AdviceDataset(ctx).table(), List.of()));
        List<Dataset.Download> drawFiles = new ArrayList<>();
        for (Draw d : draws.draws()) drawFiles.add(new Dataset.Download(DrawsDataset.file(d), d.id(), "application/json"));
        out.add(new Dataset(draws.table(), drawFiles));
        out.add(new Dataset(new MeetingsDataset(ctx).table(), List.of()));
        out.add(new Dataset(new ProgrammesDataset(ctx).table(), List.of()));
        out.add(new Dataset(new WorkgroupsDataset(ctx).table(), List.of()));
        return new Built(List.copyOf(out), draws);
    }

    /**
     * Writes every table, every draw document and the CSVW group under {@code data/} of {@code out} (the data page is
     * the theme's: {@link #catalog()}).
     *
     * @return the datasets written, in the order the data page lists them
     */
    public List<Dataset> write(Output out) {
        for (String name : TABLES) writeTable(out, name);
        for (String id : drawFiles().keySet()) writeDraw(out, id);
        writeCatalog(out);
        return build().datasets;
    }

    /**
     * The tables, by name, in the order the data page lists them. Each can be written on its own
     * ({@link #writeTable}), as can each draw document and the catalog, so a build can make them separate output
     * units and an edit rewrites only what shows it.
     */
    public static final List<String> TABLES = List.of("members", "travel", "travel-totals", "advice", "draws", "meetings",
            "programmes", "workgroups");

    /** One table's files: {@code <name>.csv}, its Excel copy, its CSVW metadata and {@code <name>.json}. */
    public void writeTable(Output out, String name) {
        Table t = switch (name) {
            case "members" -> new MembersDataset(ctx).table();
            case "travel" -> new TravelDataset(ctx).records();
            case "travel-totals" -> new TravelDataset(ctx).totals();
            case "advice" -> new AdviceDataset(ctx).table();
            case "draws" -> new DrawsDataset(ctx).table();
            case "meetings" -> new MeetingsDataset(ctx).table();
            case "programmes" -> new ProgrammesDataset(ctx).table();
            case "workgroups" -> new WorkgroupsDataset(ctx).table();
            default -> throw new IllegalArgumentException("no table " + name);
        };
        writeTable(out, t);
    }

    /** The draw documents, by draw id: their paths under {@code /data/}, sorted by id. */
    public Map<String, String> drawFiles() {
        Map<String, String> out = new TreeMap<>();
        for (Draw d : ctx.view.draws()) out.put(d.id(), DrawsDataset.file(d));
        return out;
    }

    /** One draw's document ({@code draws/<id>.json}). */
    public void writeDraw(Output out, String drawId) {
        DrawsDataset draws = new DrawsDataset(ctx);
        for (Draw d : draws.draws()) {
            if (d.id().equals(drawId)) out.file("data/" + DrawsDataset.file(d), Json.pretty(draws.document(d)));
        }
    }

    /**
     * Writes the CSVW group {@code csv-metadata.json}, which describes every table together, and returns what the data
     * page that lists them shows ({@link #catalog()}, from the same tables: each is built once). The page itself,
     * {@code index.html}, is laid out by the theme (see {@code render.SiteRenderer}).
     */
    public DataCatalog writeCatalog(Output out) {
        Built built = build();
        List<Table> all = new ArrayList<>();
        for (Dataset d : built.datasets) all.add(d.table());
        out.file("data/csv-metadata.json", Json.pretty(new CsvwMetadata(ctx).group(all)));
        return new CatalogPage(ctx).model(built.datasets, built.draws.draws());
    }

    /** What the data page shows: every dataset, each draw's document, the registries' schemas, the JSON-LD. */
    public DataCatalog catalog() {
        Built built = build();
        return new CatalogPage(ctx).model(built.datasets, built.draws.draws());
    }

    private void writeTable(Output out, Table t) {
        String csv = t.csv();
        out.file("data/" + t.csvFile(), csv);
        out.file("data/" + t.excelCsvFile(), Csv.EXCEL_BOM + csv);
        out.file("data/" + t.metadataFile(), Json.pretty(new CsvwMetadata(ctx).table(t)));
        out.file("data/" + t.jsonFile(), Json.pretty(envelope(t)));
    }

    /** A table's JSON file: what it is, under which licence, as of when, then the records. */
    private ObjectNode envelope(Table t) {
        ObjectNode o = Json.object();
        o.put("dataset", t.name());
        o.put("title", t.title());
        o.put("description", t.description());
        o.put("license", DataContext.LICENSE);
        o.put("as_of", ctx.site.asOf().toString());
        o.put("csv", ctx.dataUrl(t.csvFile()));
        o.put("count", t.size());
        o.set("records", t.json());
        return o;
    }
}
