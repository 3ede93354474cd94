#!/usr/bin/env bash
# Benchmarks `plenary check-links` (internal links only) on a synthetic site of $PAGES pages (default 20,000)
# and compares it with LinkChecker (Debian package `linkchecker`) on a smaller site of $COMPARE_PAGES pages
# (default 2,000), the same folder for both tools.
#
#   bench/links/run.sh                      # uses target/plenary.jar (built if missing)
#   JAR=target-links/plenary.jar PAGES=5000 RUNS=1 bench/links/run.sh
#
# The synthetic site looks like a generated multilingual site: en/ and fr/ twins linked by hreflang, sections of
# 100 pages, a nav of 24 links, ~50 links per page (fragments, srcset, a stylesheet with url()s, mailto: and
# external links), a sitemap.xml, ~9 KB per page, and a few deliberately broken links (1 page in 1,000).
# Links are relative so LinkChecker can follow them over file://. Nothing here is committed but this script.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
PAGES="${PAGES:-20000}"
COMPARE_PAGES="${COMPARE_PAGES:-2000}"
RUNS="${RUNS:-3}"
JAR="${JAR:-$repo/target/plenary.jar}"
WORK="${WORK:-$(mktemp -d /tmp/plenary-links-bench.XXXXXX)}"
chmod 755 "$WORK" # LinkChecker, run as root, drops to 'nobody': the site must be world-readable

if [[ ! -f "$JAR" ]]; then
  echo "building $JAR ..." >&2
  (cd "$repo" && mvn -q -B -ntp -DskipTests package) >&2
fi

cat > "$WORK/GenSite.java" <<'JAVA'
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** java GenSite.java OUT PAGES : writes a synthetic multilingual site of PAGES content pages. */
public class GenSite {
    static final String[] LANGS = {"en", "fr"};
    static final int PER_SECTION = 100;
    static final String LOREM = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco "
            + "laboris nisi ut aliquip ex ea commodo consequat. ";

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        int perLang = pages / LANGS.length;
        int sections = (perLang + PER_SECTION - 1) / PER_SECTION;
        write(out.resolve("assets/site.css"), "body{background:url(../img/bg.png)}\n"
                + "@font-face{font-family:S;src:url(../fonts/s.woff2) format('woff2')}\n.logo{background:url('../img/logo.svg')}\n");
        write(out.resolve("img/bg.png"), "PNG");
        write(out.resolve("img/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'><symbol id='logo'/></svg>");
        write(out.resolve("fonts/s.woff2"), "FONT");
        for (int i = 0; i < 10; i++) write(out.resolve("img/photo" + i + ".jpg"), "JPG");
        write(out.resolve("index.html"), html("en", "Home", "", "<ul><li><a href='en/'>English</a></li><li><a href='fr/'>Français</a></li></ul>", ""));
        StringBuilder sitemap = new StringBuilder("<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' xmlns:xhtml='http://www.w3.org/1999/xhtml'>\n");
        for (String lang : LANGS) {
            StringBuilder home = new StringBuilder("<ul>");
            for (int s = 0; s < sections; s++) home.append("<li><a href='s").append(s).append("/'>Section ").append(s).append("</a></li>");
            write(out.resolve(lang + "/index.html"), html(lang, "Home " + lang, "../", home.append("</ul>").toString(), ""));
            for (int s = 0; s < sections; s++) {
                StringBuilder list = new StringBuilder("<ol>");
                for (int p = s * PER_SECTION; p < Math.min(perLang, (s + 1) * PER_SECTION); p++) {
                    list.append("<li><a href='p").append(p).append("/'>Page ").append(p).append("</a></li>");
                }
                write(out.resolve(lang + "/s" + s + "/index.html"), html(lang, "Section " + s, "../../", list.append("</ol>").toString(), ""));
            }
            for (int p = 0; p < perLang; p++) {
                String rel = lang + "/s" + (p / PER_SECTION) + "/p" + p + "/";
                write(out.resolve(rel + "index.html"), page(lang, p, perLang, sections));
                sitemap.append("<url><loc>https://example.org/").append(rel).append("</loc>");
                for (String l : LANGS) {
                    sitemap.append("<xhtml:link rel='alternate' hreflang='").append(l).append("' href='https://example.org/")
                            .append(l).append("/s").append(p / PER_SECTION).append("/p").append(p).append("/'/>");
                }
                sitemap.append("</url>\n");
            }
        }
        write(out.resolve("sitemap.xml"), sitemap.append("</urlset>\n").toString());
    }

    static String page(String lang, int p, int perLang, int sections) {
        String up = "../../../";
        StringBuilder b = new StringBuilder();
        b.append("<nav><a href='").append(up).append(lang).append("/'>Home</a>");
        for (int s = 0; s < Math.min(sections, 20); s++) b.append(" <a href='").append(up).append(lang).append("/s").append(s).append("/'>S").append(s).append("</a>");
        for (String l : LANGS) b.append(" <a hreflang='").append(l).append("' href='").append(up).append(l).append("/s").append(p / PER_SECTION).append("/p").append(p).append("/'>").append(l).append("</a>");
        b.append("</nav><main><h1 id='top-heading'>Page ").append(p).append("</h1>");
        for (int h = 0; h < 5; h++) {
            b.append("<h2 id='h").append(h).append("'>Part ").append(h).append("</h2><p>").append(LOREM).append(LOREM);
            int q = (int) ((p * 31L + h * 7919L) % perLang);
            b.append(" See <a href='").append(up).append(lang).append("/s").append(q / PER_SECTION).append("/p").append(q).append("/#h").append(h).append("'>page ").append(q).append("</a>");
            b.append(" and <a href='#h").append((h + 1) % 5).append("'>the next part</a>.</p>");
            b.append("<p>").append(LOREM).append("</p>");
        }
        int img = p % 10;
        b.append("<figure><img src='").append(up).append("img/photo").append(img).append(".jpg' srcset='").append(up).append("img/photo").append(img)
                .append(".jpg 1x, ").append(up).append("img/photo").append((img + 1) % 10).append(".jpg 2x' alt=''></figure>");
        b.append("<p><a href='mailto:staff@example.org'>Mail</a> <a href='https://example.org/about/'>External</a>"
                + " <a href='https://www.icann.org/'>ICANN</a> <svg><use href='").append(up).append("img/logo.svg#logo'></use></svg></p>");
        if (p % 1000 == 7) {
            b.append("<p><a href='").append(up).append(lang).append("/s0/missing/'>broken</a> <a href='#no-such-part'>broken fragment</a></p>");
        }
        b.append("</main><footer><a href='").append(up).append("sitemap.xml'>Sitemap</a> <a href='#top'>Top</a></footer>");
        StringBuilder head = new StringBuilder();
        for (String l : LANGS) head.append("<link rel='alternate' hreflang='").append(l).append("' href='").append(up).append(l).append("/s").append(p / PER_SECTION).append("/p").append(p).append("/'>");
        return html(lang, "Page " + p, up, b.toString(), head.toString());
    }

    static String html(String lang, String title, String up, String body, String head) {
        return "<!doctype html>\n<html lang='" + lang + "'><head><meta charset='utf-8'><title>" + title + "</title>"
                + "<meta name='viewport' content='width=device-width'><link rel='stylesheet' href='" + up + "assets/site.css'>"
                + head + "</head><body>" + body + "</body></html>\n";
    }

    static void write(Path p, String s) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }
}
JAVA

gen() { # gen DIR PAGES
  if [[ ! -f "$1/index.html" ]]; then
    java "$WORK/GenSite.java" "$1" "$2"
    chmod -R a+rX "$1"
  fi
}

# time_cmd LABEL PAGES CMD... : prints wall time, pages/s, and CPU time (user+sys, all threads and children),
# which says more than wall time on a machine shared with other work.
time_cmd() {
  local label="$1" pages="$2"; shift 2
  local rc=0 TIMEFORMAT='%R %U %S'
  { time "$@" > "$WORK/last.out" 2> "$WORK/last.err" || rc=$?; } 2> "$WORK/time.txt"
  read -r wall user sys < "$WORK/time.txt"
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v p="$pages" -v rc="$rc" \
    'BEGIN { printf "%-44s wall %6.2f s %7.0f pages/s   cpu %6.2f s   (exit %d)\n", l, w, p / w, u + s, rc }'
}

big="$WORK/site-$PAGES"
small="$WORK/site-$COMPARE_PAGES"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "work folder: $WORK"
gen "$big" "$PAGES"
gen "$small" "$COMPARE_PAGES"
html_big=$(find "$big" -name '*.html' | wc -l)
html_small=$(find "$small" -name '*.html' | wc -l)
echo "site: $html_big HTML files ($(du -sh "$big" | cut -f1)); comparison site: $html_small HTML files"
echo

for i in $(seq 1 "$RUNS"); do
  time_cmd "plenary check-links, $html_big pages, run $i" "$html_big" java -jar "$JAR" check-links "$big"
done
tail -1 "$WORK/last.out"
echo
for i in $(seq 1 "$RUNS"); do
  time_cmd "plenary check-links, $html_small pages, run $i" "$html_small" java -jar "$JAR" check-links "$small"
done
tail -1 "$WORK/last.out"
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v linkchecker >/dev/null; then
  time_cmd "linkchecker, $html_small pages" "$html_small" \
    linkchecker --no-status --no-warnings --threads 10 "file://$small/index.html"
  grep -E "links in|error" "$WORK/last.out" | tail -2 || true
else
  echo "linkchecker not installed (apt-get install -y linkchecker): comparison skipped"
fi
