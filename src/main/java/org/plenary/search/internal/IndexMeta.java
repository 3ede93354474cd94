package org.plenary.search.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the command line needs beside the Lucene index: the languages (document d is entity d / n in language
 * d % n) and the site's default language (preferred when no language is asked for), each entity's facet values,
 * the regions, and the fingerprint of the inputs the index was built from.
 */
public record IndexMeta(int format, String fingerprint, String baseUrl, List<String> languages, List<String> regions,
                        List<Entity> entities, String defaultLanguage) {
    /** Bumped whenever the index layout or analysis changes: an older index is rebuilt, never misread. */
    public static final int FORMAT = 4;

    public record Entity(String type, String id, Integer year, int regions) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public void write(Path file) throws IOException {
        Files.write(file, JSON.writeValueAsBytes(this));
    }

    public static IndexMeta read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), IndexMeta.class);
    }
}
