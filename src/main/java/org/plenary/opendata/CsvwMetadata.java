package org.plenary.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * W3C "CSV on the Web" metadata. {@code <name>.csv-metadata.json} describes one CSV (found by the CSVW
 * convention of appending {@code -metadata.json}); {@code csv-metadata.json} groups every table, so that a
 * validator can also check the foreign keys between them.
 */
final class CsvwMetadata {
    static final String CONTEXT = "http://www.w3.org/ns/csvw";

    private final DataContext ctx;

    CsvwMetadata(DataContext ctx) {
        this.ctx = ctx;
    }

    /** The metadata document of one table. */
    ObjectNode table(Table t) {
        ObjectNode o = Json.object();
        o.put("@context", CONTEXT);
        describe(o, t);
        return o;
    }

    /** One table group holding every table. */
    ObjectNode group(List<Table> tables) {
        ObjectNode o = Json.object();
        o.put("@context", CONTEXT);
        o.put("dc:title", "Open data of " + siteTitle());
        common(o);
        ArrayNode list = o.putArray("tables");
        for (Table t : tables) describe(list.addObject(), t);
        return o;
    }

    private void describe(ObjectNode o, Table t) {
        o.put("url", t.csvFile());
        o.put("dc:title", t.title());
        o.put("dc:description", t.description());
        common(o);
        ObjectNode dialect = o.putObject("dialect");
        dialect.put("encoding", "utf-8");
        dialect.put("lineTerminators", "\r\n");
        dialect.put("header", true);
        ObjectNode schema = o.putObject("tableSchema");
        ArrayNode cols = schema.putArray("columns");
        for (Column c : t.columns()) {
            ObjectNode co = cols.addObject();
            co.put("name", c.name());
            co.put("titles", c.name());
            co.put("dc:description", c.description());
            co.put("datatype", c.datatype().csvw());
            co.put("required", c.required());
            if (c.list()) co.put("separator", c.separator());
        }
        List<String> pk = t.primaryKey();
        if (pk.size() == 1) schema.put("primaryKey", pk.get(0));
        else if (!pk.isEmpty()) schema.set("primaryKey", Json.strings(pk));
        if (!t.foreignKeys().isEmpty()) {
            ArrayNode fks = schema.putArray("foreignKeys");
            for (ForeignKey fk : t.foreignKeys()) {
                ObjectNode f = fks.addObject();
                f.put("columnReference", fk.column());
                ObjectNode ref = f.putObject("reference");
                ref.put("resource", fk.resource());
                ref.put("columnReference", fk.referencedColumn());
            }
        }
    }

    private void common(ObjectNode o) {
        o.putObject("dc:license").put("@id", DataContext.LICENSE);
        o.put("dc:publisher", siteTitle());
        if (ctx.hasBaseUrl()) o.putObject("dc:source").put("@id", ctx.url("/"));
        o.put("dc:date", ctx.site.asOf().toString());
        o.put("dc:language", ctx.dflt);
    }

    private String siteTitle() {
        String t = ctx.text(ctx.site.title());
        return t == null ? "the community" : t;
    }
}
