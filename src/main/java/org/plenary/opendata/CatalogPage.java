package org.plenary.opendata;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.plenary.model.Draw;
import org.plenary.model.spec.Registry;
import org.plenary.output.ContentSecurityPolicy;
import org.plenary.output.ScriptJson;
import org.plenary.output.XmlText;
import org.plenary.schema.JsonSchemas;

/**
 * {@code /data/index.html}: a plain English page listing every dataset with its description, formats, row
 * count, columns and licence, described for search engines as a schema.org {@code DataCatalog} in JSON-LD, and the
 * registries' JSON Schemas under {@code /schema/} (issue 12). Every link is relative and points at a file this
 * package writes, at a published schema, or at the site's home and stylesheet.
 */
final class CatalogPage {
    private final DataContext ctx;

    CatalogPage(DataContext ctx) {
        this.ctx = ctx;
    }

    String html(List<Dataset> datasets, List<Draw> draws) {
        String site = siteTitle();
        String home = "../" + ctx.dflt + "/";
        String asOf = ctx.site.asOf().toString();
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(ContentSecurityPolicy.metaElement()).append("\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Open data · ").append(XmlText.escape(site)).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(XmlText.escape(summary(site)))
                .append("\">\n")
                .append("<link rel=\"icon\" href=\"../favicon.ico\" sizes=\"16x16 32x32\">\n")
                .append("<link rel=\"icon\" href=\"../assets/favicon.svg\" type=\"image/svg+xml\">\n")
                .append("<link rel=\"stylesheet\" href=\"../assets/css/site.css\">\n")
                .append("<script type=\"application/ld+json\">\n")
                .append(ScriptJson.escape(Json.pretty(jsonLd(datasets))))
                .append("</script>\n</head>\n<body>\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"site-header\">\n<div class=\"wrap header-row\">\n<a class=\"brand\" href=\"")
                .append(home).append("\">").append(XmlText.escape(site)).append("</a>\n</div>\n</header>\n")
                .append("<main id=\"main\" class=\"wrap\">\n<h1>Open data</h1>\n")
                .append("<p>").append(XmlText.escape(summary(site))).append(" Statuses are computed as of <time datetime=\"")
                .append(asOf).append("\">").append(asOf).append("</time>.</p>\n")
                .append("<p>CSV files are UTF-8 with a header row and CRLF line ends (RFC 4180). Each comes with a ")
                .append("W3C CSV on the Web (CSVW) metadata file ")
                .append("giving every column's type and meaning, the keys and the links between tables; ")
                .append("<a href=\"csv-metadata.json\">csv-metadata.json</a> describes all tables together. ")
                .append("JSON files hold the same records plus translations and nested details. Dates are ISO 8601 ")
                .append("(YYYY-MM-DD); amounts are written exactly as recorded.</p>\n")
                .append("<p>Spreadsheets: each CSV has a copy for Excel (“CSV for Excel”), the same file with a UTF-8 ")
                .append("byte-order mark, so that accented and non-Latin names show correctly when it is opened by ")
                .append("double-click; the plain CSV has no byte-order mark, as programs expect. A cell that begins with ")
                .append("<code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, a tab or a carriage return is ")
                .append("written with a leading apostrophe (<code>'</code>), so that a spreadsheet shows it as text ")
                .append("instead of running it as a formula (OWASP's advice against CSV injection); plain numbers are ")
                .append("left as they are, and the JSON files carry every value unchanged.</p>\n")
                .append("<p>Members who asked to be counted only in aggregates are never named: they appear in totals only. ")
                .append("No private contact details are published.</p>\n");

        h.append("<table>\n<caption>Datasets</caption>\n<thead>\n<tr><th scope=\"col\">Dataset</th>")
                .append("<th scope=\"col\">Rows</th><th scope=\"col\">Formats</th></tr>\n</thead>\n<tbody>\n");
        for (Dataset d : datasets) {
            h.append("<tr><th scope=\"row\"><a href=\"#").append(anchor(d)).append("\">").append(XmlText.escape(d.title()))
                    .append("</a></th><td>").append(count(d.rows())).append("</td><td>").append(formatLinks(d))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");

        for (Dataset d : datasets) {
            String id = anchor(d);
            h.append("<section aria-labelledby=\"").append(id).append("\">\n<h2 id=\"").append(id).append("\">")
                    .append(XmlText.escape(d.title())).append("</h2>\n<p>").append(XmlText.escape(d.description())).append("</p>\n")
                    .append("<p>").append(count(d.rows())).append(d.rows() == 1 ? " row" : " rows").append(". Download: ")
                    .append(formatLinks(d)).append(".</p>\n");
            h.append("<details>\n<summary>Columns of ").append(XmlText.escape(d.table().csvFile())).append("</summary>\n")
                    .append("<table>\n<caption>Columns of ").append(XmlText.escape(d.table().csvFile())).append("</caption>\n")
                    .append("<thead>\n<tr><th scope=\"col\">Column</th><th scope=\"col\">Type</th>")
                    .append("<th scope=\"col\">Description</th></tr>\n</thead>\n<tbody>\n");
            for (Column c : d.table().columns()) {
                String type = c.list() ? "list of " + c.datatype().csvw() : c.datatype().csvw();
                h.append("<tr><th scope=\"row\"><code>").append(XmlText.escape(c.name())).append("</code></th><td>")
                        .append(XmlText.escape(type)).append(c.required() ? ", required" : "").append("</td><td>")
                        .append(XmlText.escape(c.description())).append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</details>\n");
            if (d.id().equals("draws") && !draws.isEmpty()) {
                h.append("<h3>Full record of each draw</h3>\n<p>Pools in published order, sources as written, the RFC 3797 ")
                        .append("key string, every step (index, MD5, items left, remainder, pick) and the result.</p>\n<ul>\n");
                for (Draw dr : draws) {
                    String title = ctx.text(dr.title());
                    h.append("<li><a href=\"").append(XmlText.escape(DrawsDataset.file(dr))).append("\">")
                            .append(XmlText.escape(title == null ? dr.id() : title)).append("</a> (JSON)</li>\n");
                }
                h.append("</ul>\n");
            }
            h.append("</section>\n");
        }
        h.append("<section aria-labelledby=\"registry-formats\">\n<h2 id=\"registry-formats\">Registry formats</h2>\n")
                .append("<p>These datasets are made from the site's YAML registries. Each registry's format is published as ")
                .append("a JSON Schema (draft 2020-12), made from the same field definitions the validator uses: editors ")
                .append("such as VS Code complete keys, explain fields and flag mistakes with them, and programs can check ")
                .append("a registry file before it is sent.</p>\n<ul>\n");
        for (Registry r : Registry.values()) {
            String file = JsonSchemas.fileName(r);
            h.append("<li><a href=\"../").append(JsonSchemas.FOLDER).append('/').append(file)
                    .append("\" type=\"application/schema+json\">").append(file).append("</a>: <code>")
                    .append(XmlText.escape(r.where())).append("</code></li>\n");
        }
        h.append("</ul>\n</section>\n");
        h.append("<section aria-labelledby=\"licence\">\n<h2 id=\"licence\">Licence</h2>\n<p>All datasets are published under ")
                .append("the <a rel=\"license\" href=\"").append(DataContext.LICENSE)
                .append("\">Creative Commons Attribution 4.0 International licence (CC BY 4.0)</a>: you may share and ")
                .append("adapt them for any purpose, giving credit to ").append(XmlText.escape(site)).append(".</p>\n</section>\n")
                .append("</main>\n<footer class=\"site-footer\">\n<div class=\"wrap\">\n<p>Data as of ").append(asOf)
                .append(".</p>\n<p><a href=\"").append(home).append("\">Back to the site</a></p>\n</div>\n</footer>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }

    private static String anchor(Dataset d) {
        return "dataset-" + d.id();
    }

    private static String count(int n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    private static String formatLinks(Dataset d) {
        StringBuilder b = new StringBuilder();
        for (Dataset.Download f : d.formats()) {
            if (b.length() > 0) b.append(" · ");
            b.append("<a href=\"").append(XmlText.escape(f.file())).append("\" type=\"").append(f.mediaType()).append("\">")
                    .append(XmlText.escape(f.label())).append("</a>");
        }
        return b.toString();
    }

    private String summary(String site) {
        return "The public registries of " + site + " — members, travel support, advice, draws, meetings, programmes "
                + "and working groups — as CSV and JSON, free to reuse under CC BY 4.0.";
    }

    private String siteTitle() {
        String t = ctx.text(ctx.site.title());
        return t == null ? "the community" : t;
    }

    /** schema.org DataCatalog with one Dataset per table, each offered as DataDownloads. */
    ObjectNode jsonLd(List<Dataset> datasets) {
        ObjectNode o = Json.object();
        o.put("@context", "https://schema.org");
        o.put("@type", "DataCatalog");
        o.put("name", "Open data · " + siteTitle());
        o.put("description", summary(siteTitle()));
        if (ctx.hasBaseUrl()) o.put("url", ctx.dataUrl(""));
        o.put("inLanguage", "en");
        o.put("license", DataContext.LICENSE);
        ObjectNode publisher = o.putObject("publisher");
        publisher.put("@type", "Organization");
        publisher.put("name", siteTitle());
        if (ctx.hasBaseUrl()) publisher.put("url", ctx.url("/"));
        ArrayNode list = o.putArray("dataset");
        for (Dataset d : datasets) {
            ObjectNode ds = list.addObject();
            ds.put("@type", "Dataset");
            ds.put("name", d.title());
            ds.put("description", d.description());
            if (ctx.hasBaseUrl()) ds.put("url", ctx.dataUrl("#" + anchor(d)));
            ds.put("license", DataContext.LICENSE);
            ds.put("isAccessibleForFree", true);
            ArrayNode vars = ds.putArray("variableMeasured");
            for (Column c : d.table().columns()) vars.add(c.name());
            ArrayNode dist = ds.putArray("distribution");
            for (Dataset.Download f : d.formats()) {
                ObjectNode dd = dist.addObject();
                dd.put("@type", "DataDownload");
                dd.put("encodingFormat", f.mediaType());
                dd.put("contentUrl", ctx.hasBaseUrl() ? ctx.dataUrl(f.file()) : f.file());
            }
        }
        return o;
    }
}
