package org.plenary.draw;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a pool from a text file: one item a line, in published order.
 *
 * <p>Lines are trimmed (so CRLF files and stray indentation do not create different items), blank
 * lines are ignored, a UTF-8 byte-order mark is dropped. A duplicate is an error rather than being
 * skipped, because silently changing the published pool would change every pick after it.
 */
public final class PoolFile {

    private PoolFile() {
    }

    /** @throws DrawInputException when the file cannot be read, is not UTF-8, is empty or has a duplicate */
    public static List<String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DrawInputException("pool file " + file + " does not exist");
        } catch (CharacterCodingException e) {
            throw new DrawInputException("pool file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new DrawInputException("cannot read pool file " + file + ": " + e.getMessage());
        }
        return parse(file.toString(), lines);
    }

    /** Parses already-read lines; {@code label} names the file in messages. */
    public static List<String> parse(String label, List<String> lines) {
        List<String> items = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String item = lines.get(n);
            if (n == 0 && item.startsWith("\uFEFF")) item = item.substring(1);
            item = item.strip();
            if (item.isEmpty()) continue;
            Integer first = firstLine.putIfAbsent(item, n + 1);
            if (first != null) {
                throw new DrawInputException(label + ":" + (n + 1) + ": \"" + item
                        + "\" is already in the pool (line " + first + ")");
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            throw new DrawInputException("pool file " + label + " has no items");
        }
        return items;
    }
}
