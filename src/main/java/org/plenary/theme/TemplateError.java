package org.plenary.theme;

import gg.jte.TemplateException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plenary.diag.Location;

/**
 * A fault in a site's own template, located in the template file the editor wrote ({@code templates/members/profile.jte}
 * line and column), never in Java code Jte generated from it. Thrown while rendering and caught by the build, which
 * reports it like any input error (exit 2).
 */
public final class TemplateError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Jte's parser: "Failed to compile members/profile.jte, error at line 12: Missing @endif". */
    private static final Pattern PARSE = Pattern.compile("^Failed to compile (\\S+\\.jte), error at line (\\d+): (.*)", Pattern.DOTALL);
    /**
     * Jte's javac wrapper ("Failed to compile template:\nmembers/profile.jte:12\n<javac output>"), parameter checks
     * ("… error at members/profile.jte:12. No parameter …") and render failures ("… error at x.jte:7").
     */
    private static final Pattern AT = Pattern.compile("(?:error at |^)(\\S+?\\.jte):(\\d+)", Pattern.MULTILINE);
    /** javac: "/…/JteprofileGenerated.java:57: error: cannot find symbol", then the source line and a caret line. */
    private static final Pattern JAVAC = Pattern.compile("\\.java:\\d+: error: (.*)\\R(.*)\\R([ \\t]*)\\^");
    private static final Pattern NOT_FOUND = Pattern.compile("^(\\S+\\.jte) not found, referenced at (\\S+\\.jte):(\\d+)");

    private final Location location;

    public TemplateError(Location location, String message) {
        super(message);
        this.location = location;
    }

    public Location location() {
        return location;
    }

    /**
     * Locates one of Jte's compile or render failures in the template that caused it.
     *
     * @param fileOf the path to report for a template name (the root's file, or the built-in one, explained)
     * @param sourceOf a template's source text by name, to find the column javac's caret points at; null when unknown
     */
    static TemplateError from(TemplateException e, Function<String, String> fileOf, Function<String, String> sourceOf) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        Matcher parse = PARSE.matcher(text);
        if (parse.find()) {
            String name = parse.group(1);
            int line = Integer.parseInt(parse.group(2));
            String why = firstLine(parse.group(3));
            Matcher unclosed = Pattern.compile("^Missing @end(if|for)$").matcher(why);
            if (unclosed.find()) { // Jte notices at the end of the file; the editor needs the opening that lacks its end
                Location open = unclosedOpening(sourceOf.apply(name), unclosed.group(1), fileOf.apply(name));
                if (open != null) return new TemplateError(open, "template syntax: this @" + unclosed.group(1)
                        + " has no matching @end" + unclosed.group(1));
            }
            return new TemplateError(new Location(fileOf.apply(name), line, firstColumn(sourceOf.apply(name), line)),
                    "template syntax: " + why);
        }
        Matcher missing = NOT_FOUND.matcher(text);
        if (missing.find()) {
            String name = missing.group(2);
            int line = Integer.parseInt(missing.group(3));
            String wanted = missing.group(1);
            return new TemplateError(new Location(fileOf.apply(name), line, column(sourceOf.apply(name), line,
                    "@template." + wanted.replace(".jte", "").replace('/', '.'))),
                    "calls template " + wanted + ", which exists neither in templates/ nor in the built-in theme");
        }
        Matcher at = AT.matcher(text);
        if (at.find()) {
            String name = at.group(1);
            int line = Integer.parseInt(at.group(2));
            String source = sourceOf.apply(name);
            Matcher javac = JAVAC.matcher(text);
            if (javac.find()) {
                String javaLine = javac.group(2);
                int caret = javac.group(3).length();
                String symbol = symbol(text, javac.end());
                return new TemplateError(new Location(fileOf.apply(name), line, caretColumn(source, line, javaLine, caret)),
                        "Java expression does not compile: " + javac.group(1) + (symbol.isEmpty() ? "" : " (" + symbol + ")"));
            }
            String rest = text.substring(at.end()).replaceFirst("^[.:]\\s*", "");
            String why = rest.isBlank() ? describe(e.getCause()) : firstLine(rest);
            boolean rendering = text.startsWith("Failed to render");
            return new TemplateError(new Location(fileOf.apply(name), line, firstColumn(source, line)),
                    (rendering ? "template failed while rendering: " : "") + why);
        }
        return new TemplateError(Location.of("templates"), "template error: " + firstLine(text));
    }

    /** Jte's keywords; an {@code @word} at the start of a line that is not one of them is most likely a typo. */
    private static final java.util.List<String> KEYWORDS = java.util.List.of("if", "elseif", "else", "endif", "for",
            "endfor", "template", "import", "param", "raw", "endraw");
    private static final Pattern LINE_KEYWORD = Pattern.compile("(?m)^[ \\t]*@([A-Za-z]+)");

    /** A line starting with {@code @word} that is no Jte keyword ({@code @endfr}), located, or null when there is none. */
    static TemplateError unknownKeyword(String source, String file) {
        if (source == null) return null;
        Matcher m = LINE_KEYWORD.matcher(source);
        while (m.find()) {
            String word = m.group(1);
            if (KEYWORDS.contains(word)) continue;
            String near = KEYWORDS.stream().filter(k -> org.plenary.model.internal.Suggestion.hint(word, java.util.List.of(k))
                    .length() > 0).findFirst().orElse(null);
            return new TemplateError(at(source, m.start(1) - 1, file), "template syntax: @" + word
                    + " is not a Jte keyword" + (near == null ? "" : " (did you mean @" + near + "?)"));
        }
        return null;
    }

    /** The last {@code @if} (or {@code @for}) left open at the end of a template. */
    private static Location unclosedOpening(String source, String keyword, String file) {
        if (source == null) return null;
        Matcher m = Pattern.compile("@(end" + keyword + "|" + keyword + ")\\b").matcher(source);
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        while (m.find()) {
            if (m.group(1).equals(keyword)) open.push(m.start());
            else if (!open.isEmpty()) open.pop();
        }
        return open.isEmpty() ? null : at(source, open.peek(), file);
    }

    /** The line and column of a character offset in a template. */
    private static Location at(String source, int offset, String file) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, offset - lineStart + 1);
    }

    /** The "symbol: method nmae()" and "location: variable p of type Profile" details javac gives after "cannot find symbol". */
    private static String symbol(String text, int from) {
        Matcher m = Pattern.compile("\\G\\R\\s*symbol:\\s*(.*)(?:\\R\\s*location:\\s*(.*))?").matcher(text);
        m.region(from, text.length());
        if (!m.find()) return "";
        String symbol = m.group(1).strip().replaceAll("\\s+", " ");
        return m.group(2) == null ? symbol : symbol + " in " + m.group(2).strip().replaceAll("\\s+", " ");
    }

    private static String describe(Throwable cause) {
        if (cause == null) return "unknown failure";
        String m = cause.getMessage();
        if (m != null && !m.isBlank()) return firstLine(m);
        return cause.getClass().getSimpleName().replace("Exception", " error");
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static String line(String source, int line) {
        if (source == null || line < 1) return null;
        String[] lines = source.split("\\R", -1);
        return line <= lines.length ? lines[line - 1] : null;
    }

    /** Column of the first non-blank character of a line (1 when unknown). */
    private static int firstColumn(String source, int line) {
        String l = line(source, line);
        if (l == null) return 1;
        int i = 0;
        while (i < l.length() && Character.isWhitespace(l.charAt(i))) i++;
        return i < l.length() ? i + 1 : 1;
    }

    private static int column(String source, int line, String needle) {
        String l = line(source, line);
        int i = l == null ? -1 : l.indexOf(needle);
        return i < 0 ? firstColumn(source, line) : i + 1;
    }

    /**
     * Maps javac's caret (a column in the generated Java) back to the template line: the longest stretch of Java code
     * starting at the caret that also appears in the template line is the expression the editor wrote.
     */
    static int caretColumn(String source, int line, String javaLine, int caret) {
        String l = line(source, line);
        if (l == null || caret >= javaLine.length()) return firstColumn(source, line);
        String from = javaLine.substring(caret);
        for (int len = Math.min(from.length(), 80); len >= 2; len--) {
            int i = l.indexOf(from.substring(0, len));
            if (i >= 0) return from.charAt(0) == '.' && len > 1 ? i + 2 : i + 1;
        }
        return firstColumn(source, line);
    }
}
