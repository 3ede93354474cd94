package org.plenary.opendata;

import java.util.ArrayList;
import java.util.List;

/**
 * One published dataset: a table and the files it is offered in (CSV, its CSVW metadata, JSON, and any extra
 * files such as one JSON per draw), for the data page and its schema.org description.
 */
public record Dataset(Table table, List<Download> extras) {
    /** A file under /data/. */
    public record Download(String file, String label, String mediaType) {
    }

    public Dataset {
        extras = List.copyOf(extras);
    }

    public String id() {
        return table.name();
    }

    public String title() {
        return table.title();
    }

    public String description() {
        return table.description();
    }

    public int rows() {
        return table.size();
    }

    /** The main formats: CSV, CSV for Excel, CSVW metadata, JSON. */
    public List<Download> formats() {
        List<Download> out = new ArrayList<>();
        out.add(new Download(table.csvFile(), "CSV", "text/csv"));
        out.add(new Download(table.excelCsvFile(), "CSV for Excel", "text/csv"));
        out.add(new Download(table.metadataFile(), "CSVW metadata", "application/csvm+json"));
        out.add(new Download(table.jsonFile(), "JSON", "application/json"));
        return out;
    }

    /** Every file of the dataset. */
    public List<Download> downloads() {
        List<Download> out = formats();
        out.addAll(extras);
        return out;
    }
}
