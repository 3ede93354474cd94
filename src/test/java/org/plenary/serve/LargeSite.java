package org.plenary.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates a large site for measuring the dev server: the shipped sample ({@code data/}, {@code content/} of the
 * repository) plus generated members and advice statements with a Markdown body in each of the sample's seven
 * languages. {@code write(dir, 2000, 1000)} makes the M corpus of issue 9 (2,000 statements and 1,000 members in 7
 * languages, about 21,000 pages). Members go in one file per region (as a RALO's secretariat keeps them), statements
 * one file each; deterministic, so two runs give the same site.
 */
public final class LargeSite {
    private static final List<String> LANGS = List.of("en", "fr", "es", "pt", "zh", "ar", "ru");
    private static final List<String> REGIONS = List.of("afralo", "apralo", "euralo", "lacralo", "naralo");
    private static final List<String> COUNTRIES = List.of("KE", "IN", "DE", "BR", "CA");
    private static final String[] WORDS = ("registry policy domain names community review accountability transparency"
            + " users internet governance consultation working group recommendation implementation public interest"
            + " security stability resilience outreach capacity building participation regional organization").split(" ");

    private LargeSite() {
    }

    /** Writes the corpus into {@code dir} (created); {@code statements} and {@code members} count the sample's too. */
    public static Path write(Path dir, int statements, int members) throws IOException {
        Path repo = Path.of("").toAbsolutePath();
        copyTree(repo.resolve("data"), dir.resolve("data"));
        copyTree(repo.resolve("content"), dir.resolve("content"));
        long sampleMembers = 0;
        for (Path f : list(dir.resolve("data/members"))) sampleMembers += count(f, "- id: ");
        long sampleAdvice = list(dir.resolve("data/advice")).size();
        int newMembers = (int) Math.max(0, members - sampleMembers);
        int newAdvice = (int) Math.max(0, statements - sampleAdvice);
        writeMembers(dir, newMembers);
        writeAdvice(dir, newAdvice, newMembers);
        return dir;
    }

    /** The id of generated member {@code i} (0-based). */
    public static String memberId(int i) {
        return String.format("gen-member-%05d", i);
    }

    /** The id of generated statement {@code i} (0-based). */
    public static String adviceId(int i) {
        return String.format("GEN-ST-%05d", i);
    }

    /** The file that holds generated member {@code i}. */
    public static String memberFile(int i) {
        return "data/members/generated-" + REGIONS.get(i % REGIONS.size()) + ".yaml";
    }

    private static void writeMembers(Path dir, int n) throws IOException {
        StringBuilder[] files = new StringBuilder[REGIONS.size()];
        for (int r = 0; r < files.length; r++) files[r] = new StringBuilder("# Generated members of " + REGIONS.get(r) + ".\n");
        for (int i = 0; i < n; i++) {
            int r = i % REGIONS.size();
            StringBuilder b = files[r];
            b.append("- id: ").append(memberId(i)).append('\n');
            b.append("  name: Member ").append(String.format("%05d", i)).append(' ').append(capital(word(i))).append('\n');
            b.append("  kind: individual\n");
            b.append("  region: ").append(REGIONS.get(r)).append('\n');
            b.append("  country: ").append(COUNTRIES.get(r)).append('\n');
            b.append("  joined: ").append(2005 + i % 18).append("-0").append(1 + i % 9).append("-1").append(i % 10).append('\n');
            b.append("  affiliation: ").append(capital(word(i + 3))).append(' ').append(word(i + 5)).append(" researcher\n");
            b.append("  bio:\n");
            for (String lang : List.of("en", "fr")) {
                b.append("    ").append(lang).append(": |\n      ").append(sentence(i, 30, lang)).append("\n\n      ")
                        .append(sentence(i + 7, 25, lang)).append('\n');
            }
            b.append("  participation:\n    - {workgroup: cpwg, from: 2019-01-01}\n");
        }
        for (int r = 0; r < files.length; r++) {
            Files.writeString(dir.resolve("data/members/generated-" + REGIONS.get(r) + ".yaml"), files[r], StandardCharsets.UTF_8);
        }
    }

    private static void writeAdvice(Path dir, int n, int members) throws IOException {
        for (int i = 0; i < n; i++) {
            String id = adviceId(i);
            StringBuilder b = new StringBuilder();
            b.append("id: ").append(id).append('\n');
            b.append("title:\n");
            for (String lang : LANGS) {
                b.append("  ").append(lang).append(": Statement ").append(i).append(" on ").append(word(i)).append(' ').append(word(i + 1))
                        .append(" (").append(lang).append(")\n");
            }
            int year = 2005 + i % 20;
            b.append("type: ").append(i % 3 == 0 ? "board-advice" : "public-comment").append('\n');
            b.append("status: submitted\n");
            b.append("dates: {submitted: ").append(year).append("-0").append(1 + i % 9).append("-1").append(i % 10).append("}\n");
            if (members > 0) b.append("penholders: [").append(memberId(i % members)).append("]\n");
            b.append("topics: [accountability]\n");
            b.append("summary:\n  en: ").append(sentence(i, 20, "en")).append('\n');
            Files.writeString(dir.resolve("data/advice/" + id + ".yaml"), b, StandardCharsets.UTF_8);
            Path bodies = Files.createDirectories(dir.resolve("content/advice/" + id));
            for (String lang : LANGS) {
                String body = sentence(i, 60, lang) + "\n\n## " + capital(word(i + 2)) + "\n\n- " + sentence(i + 1, 12, lang)
                        + "\n- " + sentence(i + 2, 12, lang) + "\n\n" + sentence(i + 3, 80, lang) + "\n";
                Files.writeString(bodies.resolve(lang + ".md"), body, StandardCharsets.UTF_8);
            }
        }
    }

    private static String word(int i) {
        return WORDS[Math.floorMod(i * 7 + 3, WORDS.length)];
    }

    private static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String sentence(int seed, int words, String lang) {
        StringBuilder b = new StringBuilder(lang.toUpperCase(java.util.Locale.ROOT)).append(" ");
        for (int k = 0; k < words; k++) {
            if (k > 0) b.append(' ');
            String w = WORDS[Math.floorMod(seed * 31 + k * 17 + k * k, WORDS.length)];
            b.append(k == 0 ? capital(w) : w);
            if (k % 11 == 10) b.append(',');
        }
        return b.append('.').toString();
    }

    private static long count(Path file, String prefix) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith(prefix)).count();
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code java … org.plenary.serve.LargeSite DIR [STATEMENTS MEMBERS]}: writes a corpus (default M). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int statements = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int members = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        write(dir, statements, members);
        System.out.println("wrote " + dir);
    }
}
