package org.plenary.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * External results kept between runs in a JSON file, so a site with thousands of external links does not
 * fetch them all on every build. Only good results are stored, each with the time it was checked, and trusted
 * until the TTL runs out; a failure is always checked again, since that is what a person fixing it wants. A
 * missing or damaged file is an empty cache, never an error. Written atomically (temp file, then rename).
 *
 * <pre>{"version": 1, "entries": {"https://x/": {"checked": "2025-01-01T00:00:00Z", "status": 200,
 *   "final": null, "redirects": [], "contentType": "text/html", "anchors": ["a", "b"]}}}</pre>
 */
final class LinkCache {
    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final Map<String, ExternalResult> entries = new ConcurrentHashMap<>();

    private LinkCache(Path file) {
        this.file = file;
    }

    static LinkCache load(Path file) {
        LinkCache cache = new LinkCache(file);
        if (file == null || !Files.isRegularFile(file)) return cache;
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.path("version").asInt() != VERSION) return cache;
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("entries").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                ExternalResult r = read(e.getValue());
                if (r != null) cache.entries.put(e.getKey(), r);
            }
        } catch (IOException | RuntimeException e) {
            // Damaged cache: start afresh; it is rewritten at the end of the run.
        }
        return cache;
    }

    private static ExternalResult read(JsonNode n) {
        try {
            Instant checked = Instant.parse(n.path("checked").asText());
            List<Integer> redirects = new ArrayList<>();
            n.path("redirects").forEach(s -> redirects.add(s.asInt()));
            Set<String> anchors = null;
            if (n.has("anchors") && n.get("anchors").isArray()) {
                anchors = new java.util.HashSet<>();
                for (JsonNode a : n.get("anchors")) anchors.add(a.asText());
                anchors = Set.copyOf(anchors);
            }
            return new ExternalResult(true, n.path("status").asInt(), text(n, "final"), List.copyOf(redirects), null,
                    text(n, "contentType"), anchors, checked);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The stored good result for {@code url} if it is younger than {@code ttl}, else null. */
    ExternalResult fresh(String url, Duration ttl, Instant now) {
        ExternalResult r = entries.get(url);
        if (r == null) return null;
        return r.checkedAt().plus(ttl).isAfter(now) ? r : null;
    }

    /** Remembers a result; failures are forgotten so they are fetched again next time. */
    void put(String url, ExternalResult r) {
        if (r.ok()) entries.put(url, r);
        else entries.remove(url);
    }

    /** Writes the cache, dropping entries older than {@code ttl}; keys sorted so the file diffs cleanly. */
    void save(Duration ttl, Instant now) throws IOException {
        if (file == null) return;
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode out = root.putObject("entries");
        for (Map.Entry<String, ExternalResult> e : new TreeMap<>(entries).entrySet()) {
            ExternalResult r = e.getValue();
            if (!r.checkedAt().plus(ttl).isAfter(now)) continue;
            ObjectNode o = out.putObject(e.getKey());
            o.put("checked", r.checkedAt().toString());
            o.put("status", r.status());
            o.put("final", r.finalUrl());
            ArrayNode red = o.putArray("redirects");
            r.redirects().forEach(red::add);
            o.put("contentType", r.contentType());
            if (r.anchors() != null) {
                ArrayNode a = o.putArray("anchors");
                new TreeSet<>(r.anchors()).forEach(a::add);
            }
        }
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), ".links", ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), root);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
