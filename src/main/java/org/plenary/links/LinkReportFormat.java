package org.plenary.links;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two faces of a {@link LinkReport}, shared by {@code build} and {@code check-links}: text for people,
 * grouped by page with counts and ending in the one-line summary, and JSON for machines. Both list findings in
 * the report's order, so equal reports print identically.
 */
public final class LinkReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LinkReportFormat() {
    }

    /** {@code checked 3 pages, 41 links: 2 broken}. */
    public static String summary(LinkReport report) {
        return "checked " + plural(report.pages(), "page") + ", " + plural(report.links(), "link") + ": "
                + report.broken().size() + " broken";
    }

    /**
     * <pre>
     * en/index.html: 2 broken
     *   missing.html
     *       not found: en/missing.html
     *   #nope
     *       no element with id or name "nope" in en/index.html
     *
     * notes:
     *   en/index.html: https://a.example/ redirects to https://b.example/ (301)
     *
     * checked 3 pages, 41 links: 2 broken
     * </pre>
     */
    public static String text(LinkReport report) {
        StringBuilder out = new StringBuilder();
        Map<String, List<BrokenLink>> byPage = new LinkedHashMap<>();
        for (BrokenLink b : report.broken()) byPage.computeIfAbsent(b.page(), p -> new ArrayList<>()).add(b);
        byPage.forEach((page, list) -> {
            out.append(page).append(": ").append(list.size()).append(" broken\n");
            for (BrokenLink b : list) {
                out.append("  ").append(b.href().isEmpty() ? "(page)" : b.href()).append('\n');
                out.append("      ").append(b.reason()).append('\n');
            }
        });
        if (!report.notes().isEmpty()) {
            if (out.length() > 0) out.append('\n');
            out.append("notes:\n");
            for (LinkNote n : report.notes()) {
                out.append("  ").append(n.page()).append(": ");
                if (!n.href().isEmpty()) out.append(n.href()).append(' ');
                out.append(n.message()).append('\n');
            }
        }
        if (out.length() > 0) out.append('\n');
        if (report.unchecked() > 0) {
            out.append(plural(report.unchecked(), "external link")).append(" not checked\n");
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /**
     * The stable machine contract {@code {pages, links, broken: [{page, href, reason}], notes: [{page, href,
     * message}], unchecked}}; fields in that order, lists in report order.
     */
    public static String json(LinkReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("pages", report.pages());
        root.put("links", report.links());
        ArrayNode broken = root.putArray("broken");
        for (BrokenLink b : report.broken()) {
            broken.addObject().put("page", b.page()).put("href", b.href()).put("reason", b.reason());
        }
        ArrayNode notes = root.putArray("notes");
        for (LinkNote n : report.notes()) {
            notes.addObject().put("page", n.page()).put("href", n.href()).put("message", n.message());
        }
        root.put("unchecked", report.unchecked());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plural(int n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d ", n) + noun + (n == 1 ? "" : "s"); // 121,644 links, as the build says
    }
}
