package org.plenary.opendata;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.text.DecimalFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import org.plenary.schema.JsonSchemas;

/**
 * What the data page ({@code /data/index.html}) shows, as plain (unescaped) text and computed values, for the theme's
 * {@code data/index.jte} to lay out: every dataset with its formats, row count and columns, the full record of each
 * draw, the registries' JSON Schemas and the licence. All links are relative to {@code /data/}. English only: the
 * page is written for people who reuse the data, and its column descriptions are the CSVW metadata's.
 *
 * @param siteTitle the site's title in its default language
 * @param summary   one sentence: what the page offers (also the meta description and the JSON-LD description)
 * @param asOf      the date statuses are computed at, ISO 8601 ({@code YYYY-MM-DD})
 * @param home      the site's home page in its default language, relative ({@code ../en/})
 * @param jsonLd    the schema.org {@code DataCatalog}, as JSON text (the template embeds it with {@code ScriptJson})
 * @param datasets  in the order the page lists them
 * @param draws     one JSON document per draw, sorted as the registry lists them
 * @param schemas   one JSON Schema per registry, in registry order
 * @param licence   the licence's URL (CC BY 4.0)
 */
public record DataCatalog(String siteTitle, String summary, String asOf, String home, String jsonLd,
                          List<Entry> datasets, List<DrawDocument> draws, List<Schema> schemas, String licence) {
    /** English whole numbers from ICU4J's CLDR, as the English pages write them (immutable, thread-safe). */
    private static final LocalizedNumberFormatter ENGLISH =
            ((DecimalFormat) NumberFormat.getIntegerInstance(ULocale.ENGLISH)).toNumberFormatter();

    public DataCatalog {
        datasets = List.copyOf(datasets);
        draws = List.copyOf(draws);
        schemas = List.copyOf(schemas);
    }

    /**
     * One dataset.
     *
     * @param rows      its number of rows
     * @param formats   CSV, CSV for Excel, CSVW metadata, JSON, then any extra files
     * @param csvFile   its CSV file's name, which names its columns table
     * @param columns   as the CSVW metadata describes them
     * @param withDraws whether the draws' full records belong under it
     */
    public record Entry(String id, String title, String description, int rows, List<Dataset.Download> formats,
                        String csvFile, List<Column> columns, boolean withDraws) {
        public Entry {
            formats = List.copyOf(formats);
            columns = List.copyOf(columns);
        }

        /** The id of its section on the page ({@code dataset-members}), also named in the JSON-LD. */
        public String anchor() {
            return DataCatalog.anchor(id);
        }

        /** Its number of rows with thousands separators ({@code 1,234}), as the English page writes it. */
        public String rowCount() {
            return ENGLISH.format(rows).toString();
        }

        public boolean oneRow() {
            return rows == 1;
        }
    }

    /**
     * One column of a dataset.
     *
     * @param type its CSVW datatype ({@code string}, {@code date}…), as {@code list of …} when a cell holds several
     */
    public record Column(String name, String type, boolean required, String description) {
    }

    /** A draw's full record: its title and file, relative to {@code /data/}. */
    public record DrawDocument(String title, String file) {
    }

    /**
     * A registry's JSON Schema.
     *
     * @param file  its file name ({@code members.schema.json})
     * @param where where the registry's files are in a site ({@code data/members/})
     */
    public record Schema(String file, String where) {
        /** Its link from {@code /data/} ({@code ../schema/members.schema.json}). */
        public String href() {
            return "../" + JsonSchemas.FOLDER + "/" + file;
        }
    }

    /** The id of a dataset's section on the data page: {@code dataset-<id>}. */
    static String anchor(String datasetId) {
        return "dataset-" + datasetId;
    }
}
