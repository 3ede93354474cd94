package org.plenary.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.diag.Diagnostic;
import org.plenary.output.XmlText;

/**
 * What the dev server adds to the pages it serves (never to the files on disk, which stay byte-identical to a
 * build): the live-reload script and the dev stylesheet, both from the server itself so the site's
 * Content-Security-Policy (no inline script) holds; and, while the input has errors, a panel listing them over the
 * last good page, each as {@code file:line:column: error: message}, escaped.
 */
final class DevPage {
    static final String PREFIX = "/__plenary/";
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_START = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private DevPage() {
    }

    /** {@code html} (UTF-8) with the dev script, and the problem panel when {@code problems} has errors. */
    static byte[] inject(byte[] html, int build, List<Diagnostic> problems) {
        String page = new String(html, StandardCharsets.UTF_8);
        String head = headTags(build);
        Matcher h = HEAD_END.matcher(page);
        page = h.find() ? page.substring(0, h.start()) + head + page.substring(h.start()) : head + page;
        if (hasErrors(problems)) {
            String panel = panel(problems);
            Matcher b = BODY_START.matcher(page);
            page = b.find() ? page.substring(0, b.end()) + panel + page.substring(b.end()) : page + panel;
        }
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** A page of its own for when there is no site to show yet (the first build failed). */
    static byte[] problemsPage(int build, List<Diagnostic> problems) {
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Plenary: input errors</title>"
                + headTags(build) + "</head><body>" + panel(problems) + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    static boolean hasErrors(List<Diagnostic> problems) {
        return problems.stream().anyMatch(Diagnostic::isError);
    }

    private static String headTags(int build) {
        return "<link rel=\"stylesheet\" href=\"" + PREFIX + "dev.css\"><script src=\"" + PREFIX + "live.js?build=" + build
                + "\" defer></script>";
    }

    private static String panel(List<Diagnostic> problems) {
        long errors = problems.stream().filter(Diagnostic::isError).count();
        StringBuilder b = new StringBuilder();
        b.append("<div id=\"plenary-dev-problems\" role=\"alert\" lang=\"en\" dir=\"ltr\">");
        b.append("<h1>").append(errors).append(errors == 1 ? " error" : " errors").append(" in the site's input</h1>");
        b.append("<p>Nothing was rebuilt: the site shows its last good build. Fix the file and save it; this tab reloads"
                + " by itself.</p><ol>");
        for (Diagnostic d : problems) {
            b.append("<li class=\"").append(d.isError() ? "error" : "warning").append("\">")
                    .append(XmlText.escape(d.format())).append("</li>");
        }
        return b.append("</ol></div>").toString();
    }

    /** A one-line summary for the console ({@code 2 errors}). */
    static String count(List<Diagnostic> problems) {
        long errors = problems.stream().filter(Diagnostic::isError).count();
        return String.format(Locale.ROOT, "%d error%s", errors, errors == 1 ? "" : "s");
    }
}
