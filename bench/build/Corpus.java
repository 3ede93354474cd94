import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates one benchmark corpus twice, with the same text: as a Plenary site (registries in {@code data/},
 * Markdown in {@code content/}) and as a Hugo site (one Markdown file per page and language, and a small theme
 * that shows the same things on the same pages: statement pages, member pages, the two listings, archive pages per
 * statement type and per year, language alternates; listings paginated at 200 entries and a feed of the 100 most
 * recent statements per language, as Plenary's).
 *
 * <pre>java bench/build/Corpus.java OUT STATEMENTS MEMBERS</pre>
 * writes {@code OUT/plenary/} and {@code OUT/hugo/}. Deterministic (fixed seed): same arguments, same files.
 * Pages per tool ≈ 7 × (STATEMENTS + MEMBERS) plus archive, travel and site pages.
 */
public class Corpus {
    static final String[] LANGS = {"en", "fr", "es", "pt", "zh", "ar", "ru"};
    static final String[] LANG_NAMES = {"English", "Français", "Español", "Português", "中文", "العربية", "Русский"};
    static final String[] REGIONS = {"afralo", "apralo", "euralo", "lacralo", "naralo"};
    static final String[][] COUNTRIES = {
            {"SN", "KE", "NG", "GH", "MA", "EG", "ZA", "TN", "CM", "UG"},
            {"IN", "CN", "JP", "AU", "ID", "PK", "NZ", "FJ", "TW", "MY"},
            {"FR", "DE", "GB", "IT", "ES", "PL", "SE", "NL", "RU", "UA"},
            {"BR", "AR", "MX", "CL", "CO", "PE", "UY", "HT", "TT", "CR"},
            {"US", "CA", "US", "CA", "US", "CA", "US", "CA", "US", "CA"}};
    static final String[] TYPES = {"public-comment", "gnso-input", "board-advice", "correspondence", "white-paper", "declaration", "other"};
    static final String[] TOPICS = {"dns-abuse", "accountability", "new-gtlds", "idn", "whois", "privacy", "universal-acceptance",
            "security", "root-zone", "budget", "strategic-plan", "reviews", "geographic-names", "registrar-policy", "transfer-policy",
            "consumer-trust", "outreach", "capacity-building", "nomcom", "ccnso"};
    static final String[] FIRST = {"Amina", "Kwame", "Youssef", "Li", "Mei", "Arjun", "Priya", "Hiroshi", "Elena", "Marco", "Sofia",
            "Lucas", "Ana", "Carlos", "Maria", "John", "Sarah", "Olga", "Ivan", "Fatou", "Ahmed", "Nadia", "Pedro", "Chen", "Aiko",
            "Tomasz", "Ingrid", "Kofi", "Leila", "Diego"};
    static final String[] LAST = {"Diallo", "Mensah", "Benali", "Wei", "Tanaka", "Sharma", "Rossi", "Silva", "Lopez", "Walsh",
            "Ivanova", "Ndiaye", "Karim", "Haddad", "Rojas", "Chen", "Kowalski", "Larsen", "Okafor", "Moreau", "Schmidt", "Novak",
            "Costa", "Fernandes", "Baptiste", "Nakamura", "Gupta", "Petrov", "Mbeki", "Santos"};
    static final String[] CITIES = {"Sydney", "Seoul", "Nairobi", "Brussels", "Cartagena", "San Francisco", "Singapore", "Dakar",
            "Costa Rica", "Prague", "Toronto", "Beijing", "Durban", "Buenos Aires", "London", "Los Angeles", "Singapore", "Marrakech",
            "Dublin", "Helsinki", "Hyderabad", "Copenhagen", "Johannesburg", "Abu Dhabi", "Puerto Rico", "Panama", "Barcelona",
            "Kobe", "Marrakech", "Montreal", "Cancún", "Kuala Lumpur", "The Hague", "Washington", "Kigali", "Istanbul"};

    /** Per language: words for generated prose, the sentence end, and whether words are separated by spaces. */
    static final String[][] WORDS = {
            ("the committee community users internet policy domain names registration data review process public comment "
                    + "board advice working group recommendation transparency accountability security stability region "
                    + "members participation outreach multistakeholder model consensus report implementation measures "
                    + "stakeholders registry registrar abuse protection consumers trust language access").split(" "),
            ("le comité communauté utilisateurs internet politique noms de domaine données enregistrement examen processus "
                    + "commentaire public conseil avis groupe de travail recommandation transparence responsabilité sécurité "
                    + "stabilité région membres participation sensibilisation modèle consensus rapport mise en œuvre mesures "
                    + "parties prenantes registre bureau abus protection consommateurs confiance langue accès").split(" "),
            ("el comité comunidad usuarios internet política nombres de dominio datos registro revisión proceso comentario "
                    + "público junta asesoramiento grupo de trabajo recomendación transparencia rendición de cuentas seguridad "
                    + "estabilidad región miembros participación alcance modelo consenso informe implementación medidas partes "
                    + "interesadas registrador abuso protección consumidores confianza idioma acceso").split(" "),
            ("o comitê comunidade usuários internet política nomes de domínio dados registro revisão processo comentário "
                    + "público conselho assessoria grupo de trabalho recomendação transparência prestação de contas segurança "
                    + "estabilidade região membros participação divulgação modelo consenso relatório implementação medidas partes "
                    + "interessadas registrador abuso proteção consumidores confiança idioma acesso").split(" "),
            ("委员会 社群 用户 互联网 政策 域名 注册 数据 审查 程序 公众 意见 董事会 建议 工作组 透明度 问责制 安全 稳定 区域 成员 参与 "
                    + "外联 多利益相关方 模式 共识 报告 实施 措施 注册管理机构 注册服务机构 滥用 保护 消费者 信任 语言 访问").split(" "),
            ("اللجنة المجتمع المستخدمين الإنترنت السياسة أسماء النطاقات بيانات التسجيل المراجعة العملية التعليق العام المجلس "
                    + "المشورة فريق العمل التوصية الشفافية المساءلة الأمن الاستقرار المنطقة الأعضاء المشاركة التوعية النموذج "
                    + "التوافق التقرير التنفيذ التدابير أصحاب المصلحة السجل المسجل إساءة الحماية المستهلكين الثقة اللغة الوصول").split(" "),
            ("комитет сообщество пользователи интернет политика доменные имена данные регистрации обзор процесс публичный "
                    + "комментарий правление рекомендации рабочая группа прозрачность подотчётность безопасность стабильность регион "
                    + "участники участие информирование модель консенсус доклад реализация меры заинтересованные стороны реестр "
                    + "регистратор злоупотребления защита потребители доверие язык доступ").split(" ")};
    static final String[] STOP = {". ", ". ", ". ", ". ", "。", ". ", ". "};
    static final String[] HEAD = {"Recommendations", "Recommandations", "Recomendaciones", "Recomendações", "建议", "التوصيات", "Рекомендации"};
    static final String[] TYPE_WORD = {"Statement", "Déclaration", "Declaración", "Declaração", "声明", "بيان", "Заявление"};

    final Path out;
    final int statements;
    final int members;
    final Random rnd = new Random(20260101L);
    final List<String> memberIds = new ArrayList<>();
    final List<String> memberNames = new ArrayList<>();
    final List<String> meetingIds = new ArrayList<>();

    Corpus(Path out, int statements, int members) {
        this.out = out;
        this.statements = statements;
        this.members = members;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java Corpus.java OUT STATEMENTS MEMBERS");
            System.exit(2);
        }
        new Corpus(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2])).run();
    }

    void run() throws IOException {
        site();
        meetings();
        workgroupsAndProgrammes();
        members();
        travel();
        advice();
        pages();
        hugoTheme();
    }

    Path p(String rel) {
        return out.resolve("plenary").resolve(rel);
    }

    Path h(String rel) {
        return out.resolve("hugo").resolve(rel);
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    String sentence(int lang, int words) {
        StringBuilder b = new StringBuilder();
        String[] w = WORDS[lang];
        boolean spaced = lang != 4;
        for (int i = 0; i < words; i++) {
            String word = w[rnd.nextInt(w.length)];
            if (i == 0 && spaced) word = word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
            if (i > 0 && spaced) b.append(' ');
            b.append(word);
        }
        return b.append(STOP[lang].strip()).toString();
    }

    String paragraph(int lang, int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0 && lang != 4) b.append(' ');
            b.append(sentence(lang, 8 + rnd.nextInt(12)));
        }
        return b.toString();
    }

    void site() throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("title: {en: Bench Community, fr: Communauté Bench, es: Comunidad Bench, pt: Comunidade Bench, zh: 基准社群, ar: مجتمع القياس, ru: Сообщество Bench}\n");
        s.append("base_url: https://bench.example.org\ndefault_language: en\nlanguages:\n");
        for (int i = 0; i < LANGS.length; i++) {
            s.append("  - {code: ").append(LANGS[i]).append(", name: ").append(LANG_NAMES[i]).append(", direction: ")
                    .append(LANGS[i].equals("ar") ? "rtl" : "ltr").append("}\n");
        }
        s.append("regions:\n");
        for (String r : REGIONS) s.append("  - {code: ").append(r).append(", name: ").append(r.toUpperCase(Locale.ROOT)).append("}\n");
        s.append("as_of: 2025-06-30\n");
        write(p("data/site.yaml"), s.toString());

        StringBuilder hc = new StringBuilder();
        hc.append("baseURL = \"https://bench.example.org/\"\ntitle = \"Bench Community\"\ndefaultContentLanguage = \"en\"\n")
                .append("defaultContentLanguageInSubdir = true\nrssLimit = 100\nenableRobotsTXT = true\npaginate = 200\n")
                .append("[taxonomies]\n  kind = \"kinds\"\n  year = \"years\"\n")
                .append("[markup.goldmark.renderer]\n  unsafe = false\n")
                .append("[languages]\n");
        for (int i = 0; i < LANGS.length; i++) {
            hc.append("  [languages.").append(LANGS[i]).append("]\n    languageName = ").append(q(LANG_NAMES[i]))
                    .append("\n    contentDir = \"content/").append(LANGS[i]).append("\"\n    weight = ").append(i + 1).append('\n');
            if (LANGS[i].equals("ar")) hc.append("    languageDirection = \"rtl\"\n");
        }
        write(h("hugo.toml"), hc.toString());
    }

    void meetings() throws IOException {
        StringBuilder m = new StringBuilder();
        LocalDate start = LocalDate.of(2009, 6, 21);
        for (int i = 0; i < 36; i++) {
            String id = "ICANN" + (35 + i);
            meetingIds.add(id);
            LocalDate s = start.plusDays(122L * i);
            m.append("- id: ").append(id).append("\n  number: ").append(35 + i).append("\n  city: ").append(CITIES[i % CITIES.length])
                    .append("\n  country: US\n  start: ").append(s).append("\n  end: ").append(s.plusDays(5))
                    .append("\n  kind: ").append(i % 3 == 0 ? "community-forum" : i % 3 == 1 ? "policy-forum" : "agm").append('\n');
        }
        write(p("data/meetings.yaml"), m.toString());
    }

    void workgroupsAndProgrammes() throws IOException {
        write(p("data/workgroups.yaml"), """
                - {id: cpwg, name: Consolidated Policy Working Group, kind: policy, chartered_by: alac, from: 2008-01-01}
                - {id: outreach-wg, name: Outreach and Engagement Working Group, kind: outreach, chartered_by: alac, from: 2008-01-01}
                """);
        write(p("data/programmes.yaml"), """
                - id: leaders
                  name: ALAC and RALO leaders
                  description: Travel for elected leaders.
                  eligibility: Holders of an elected seat.
                  how_to_apply: Confirm attendance with staff when the travel call opens.
                  covers: airfare, hotel, per diem
                - id: fellowship
                  name: Fellowship
                  description: Travel for newcomers.
                  eligibility: Newcomers to the community.
                  how_to_apply: Apply through the fellowship form.
                  covers: airfare, hotel, per diem
                """);
    }

    void members() throws IOException {
        for (int i = 0; i < members; i++) {
            String first = FIRST[rnd.nextInt(FIRST.length)];
            String last = LAST[rnd.nextInt(LAST.length)];
            String id = (first + "-" + last + "-" + i).toLowerCase(Locale.ROOT);
            String name = first + " " + last;
            memberIds.add(id);
            memberNames.add(name);
            int r = i % REGIONS.length;
            String country = COUNTRIES[r][rnd.nextInt(10)];
            LocalDate joined = LocalDate.of(2003 + rnd.nextInt(20), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String[] bio = new String[3];
            for (int l = 0; l < 3; l++) bio[l] = paragraph(l, 2);
            String affiliation = paragraph(0, 1);
            StringBuilder y = new StringBuilder();
            y.append("id: ").append(id).append("\nname: ").append(name).append("\nkind: individual\nregion: ").append(REGIONS[r])
                    .append("\ncountry: ").append(country).append("\njoined: ").append(joined)
                    .append("\naffiliation: ").append(q(affiliation)).append("\nbio:\n");
            for (int l = 0; l < 3; l++) y.append("  ").append(LANGS[l]).append(": ").append(q(bio[l])).append('\n');
            LocalDate from = joined.plusMonths(1);
            y.append("participation:\n  - {workgroup: ").append(rnd.nextBoolean() ? "cpwg" : "outreach-wg").append(", from: ").append(from);
            if (rnd.nextInt(3) == 0) y.append(", to: ").append(from.plusMonths(6 + rnd.nextInt(30)).isAfter(LocalDate.of(2025, 6, 1))
                    ? LocalDate.of(2025, 6, 1) : from.plusMonths(6 + rnd.nextInt(30)));
            y.append("}\n");
            write(p("data/members/" + REGIONS[r] + "/" + id + ".yaml"), y.toString());
            for (int l = 0; l < LANGS.length; l++) {
                String text = bio[l < 3 ? l : 0];
                write(h("content/" + LANGS[l] + "/members/" + id + ".md"), "---\ntitle: " + q(name) + "\nregion: " + REGIONS[r]
                        + "\ncountry: " + country + "\njoined: " + joined + "\naffiliation: " + q(affiliation)
                        + "\n---\n\n" + text + "\n");
            }
        }
        for (int l = 0; l < LANGS.length; l++) {
            write(h("content/" + LANGS[l] + "/members/_index.md"), "---\ntitle: Members\n---\n");
            write(h("content/" + LANGS[l] + "/advice/_index.md"), "---\ntitle: Advice\n---\n");
        }
    }

    void travel() throws IOException {
        // Each member travels to 0-3 meetings; at most 18 funded trips ever (the cap) is far away.
        List<List<String>> byMeeting = new ArrayList<>();
        for (int i = 0; i < meetingIds.size(); i++) byMeeting.add(new ArrayList<>());
        for (int i = 0; i < members; i++) {
            int trips = rnd.nextInt(4);
            for (int t = 0; t < trips; t++) {
                List<String> list = byMeeting.get(rnd.nextInt(meetingIds.size()));
                if (!list.contains(memberIds.get(i))) list.add(memberIds.get(i));
            }
        }
        for (int m = 0; m < meetingIds.size(); m++) {
            StringBuilder y = new StringBuilder("meeting: ").append(meetingIds.get(m)).append("\nrecords:\n");
            for (String who : byMeeting.get(m)) {
                y.append("  - {member: ").append(who).append(", programme: ").append(rnd.nextBoolean() ? "leaders" : "fellowship")
                        .append(", status: funded, covers: {airfare: economy, hotel_nights: 5, per_diem_days: 6}, cost: {amount: ")
                        .append(1500 + rnd.nextInt(3000)).append(", currency: USD}}\n");
            }
            if (byMeeting.get(m).isEmpty()) y.append("  []\n");
            write(p("data/travel/" + meetingIds.get(m).toLowerCase(Locale.ROOT) + ".yaml"),
                    byMeeting.get(m).isEmpty() ? "meeting: " + meetingIds.get(m) + "\nrecords: []\n" : y.toString());
        }
    }

    void advice() throws IOException {
        for (int i = 0; i < statements; i++) {
            int year = 2003 + i * 23 / Math.max(1, statements);
            LocalDate submitted = LocalDate.of(year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String id = String.format(Locale.ROOT, "AL-ALAC-ST-%04d-%05d-EN", year, i);
            String type = TYPES[rnd.nextInt(TYPES.length)];
            String topic = TOPICS[rnd.nextInt(TOPICS.length)];
            int pen = rnd.nextInt(members);
            String[] titles = new String[LANGS.length];
            String[] summaries = new String[LANGS.length];
            String[] bodies = new String[LANGS.length];
            for (int l = 0; l < LANGS.length; l++) {
                String s = sentence(l, 6 + rnd.nextInt(5));
                titles[l] = TYPE_WORD[l] + (l == 4 ? "：" : ": ") + s.substring(0, s.length() - STOP[l].strip().length());
                summaries[l] = paragraph(l, 2);
                bodies[l] = paragraph(l, 4) + "\n\n" + paragraph(l, 3) + "\n\n## " + HEAD[l] + "\n\n- " + sentence(l, 10) + "\n- "
                        + sentence(l, 12) + "\n- " + sentence(l, 9) + "\n\n" + paragraph(l, 3) + " [ICANN](https://www.icann.org/public-comments/"
                        + topic + "-" + year + ")\n";
            }
            StringBuilder y = new StringBuilder("id: ").append(id).append("\ntitle:\n");
            for (int l = 0; l < LANGS.length; l++) y.append("  ").append(LANGS[l]).append(": ").append(q(titles[l])).append('\n');
            y.append("type: ").append(type).append("\nstatus: submitted\ndates: {submitted: ").append(submitted)
                    .append("}\npenholders: [").append(memberIds.get(pen)).append("]\nvote: {for: 12, against: 1, abstain: 2, group_size: 15}\n")
                    .append("topics: [").append(topic).append("]\nsummary:\n");
            for (int l = 0; l < LANGS.length; l++) y.append("  ").append(LANGS[l]).append(": ").append(q(summaries[l])).append('\n');
            write(p("data/advice/" + id + ".yaml"), y.toString());
            for (int l = 0; l < LANGS.length; l++) {
                write(p("content/advice/" + id + "/" + LANGS[l] + ".md"), bodies[l]);
                write(h("content/" + LANGS[l] + "/advice/" + id.toLowerCase(Locale.ROOT) + ".md"), "---\ntitle: " + q(titles[l])
                        + "\ndate: " + submitted + "\nkinds: [" + type + "]\nyears: [\"" + year + "\"]\nstatus: submitted\ntopics: [" + topic
                        + "]\npenholder: " + memberIds.get(pen) + "\npenholderName: " + q(memberNames.get(pen))
                        + "\nsummary: " + q(summaries[l]) + "\n---\n\n" + bodies[l]);
            }
        }
    }

    void pages() throws IOException {
        for (int l = 0; l < LANGS.length; l++) {
            String home = paragraph(l, 5) + "\n\n" + paragraph(l, 4) + "\n";
            String about = "# " + HEAD[l] + "\n\n" + paragraph(l, 6) + "\n\n" + paragraph(l, 6) + "\n";
            write(p("content/" + LANGS[l] + "/index.md"), "---\ntitle: " + q("Bench") + "\n---\n" + home);
            write(p("content/" + LANGS[l] + "/about.md"), "---\ntitle: " + q("About") + "\n---\n" + about);
            write(h("content/" + LANGS[l] + "/_index.md"), "---\ntitle: " + q("Bench") + "\n---\n" + home);
            write(h("content/" + LANGS[l] + "/about.md"), "---\ntitle: " + q("About") + "\n---\n" + about);
        }
    }

    /** A theme for Hugo that shows what Plenary's pages show of the same records. */
    void hugoTheme() throws IOException {
        write(h("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="{{ .Language.Lang }}" dir="{{ .Language.LanguageDirection | default "ltr" }}">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title>
                <meta name="description" content="{{ with .Description }}{{ . }}{{ else }}{{ .Summary | plainify | truncate 160 }}{{ end }}">
                <link rel="stylesheet" href="{{ "site.css" | relURL }}">
                {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
                {{ end }}{{ with .Sites.First.Home }}<link rel="alternate" hreflang="x-default" href="{{ .Permalink }}">{{ end }}
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <header><nav><ul>
                <li><a href="{{ "/" | relLangURL }}">{{ .Site.Title }}</a></li>
                <li><a href="{{ "members/" | relLangURL }}">Members</a></li>
                <li><a href="{{ "advice/" | relLangURL }}">Advice</a></li>
                <li><a href="{{ "kinds/" | relLangURL }}">Types</a></li>
                <li><a href="{{ "years/" | relLangURL }}">Years</a></li>
                <li><a href="{{ "about/" | relLangURL }}">About</a></li>
                </ul></nav>
                <nav aria-label="Languages"><ul>{{ range .AllTranslations }}<li><a hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
                </header>
                <main id="main">{{ block "main" . }}{{ end }}</main>
                <footer><p>{{ .Site.Title }} · <a href="{{ "index.xml" | relLangURL }}">RSS</a></p></footer>
                </body>
                </html>
                """);
        write(h("layouts/_default/single.html"), """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
                """);
        write(h("layouts/advice/single.html"), """
                {{ define "main" }}<article>
                <h1>{{ .Title }}</h1>
                <dl>
                <dt>Type</dt><dd>{{ range .Params.kinds }}<a href="{{ (printf "kinds/%s/" (. | urlize)) | relLangURL }}">{{ . }}</a>{{ end }}</dd>
                <dt>Status</dt><dd>{{ .Params.status }}</dd>
                <dt>Submitted</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></dd>
                <dt>Penholder</dt><dd><a href="{{ (printf "members/%s/" .Params.penholder) | relLangURL }}">{{ .Params.penholderName }}</a></dd>
                <dt>Topics</dt><dd>{{ delimit .Params.topics ", " }}</dd>
                </dl>
                <p class="summary">{{ .Params.summary }}</p>
                <div class="body">{{ .Content }}</div>
                <h2>Translations</h2><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul>
                </article>{{ end }}
                """);
        write(h("layouts/members/single.html"), """
                {{ define "main" }}<article>
                <h1>{{ .Title }}</h1>
                <dl><dt>Region</dt><dd>{{ .Params.region }}</dd><dt>Country</dt><dd>{{ .Params.country }}</dd>
                <dt>Joined</dt><dd>{{ .Params.joined }}</dd><dt>Affiliation</dt><dd>{{ .Params.affiliation }}</dd></dl>
                <div class="bio">{{ .Content }}</div>
                </article>{{ end }}
                """);
        write(h("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ range (.Paginate (.Pages.GroupByDate "2006")).PageGroups }}<h2>{{ .Key }}</h2><ul>
                {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time> {{ delimit (.Params.kinds | default (slice)) " " }}</li>
                {{ end }}</ul>{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}
                """);
        write(h("layouts/members/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ range (.Paginate (.Pages.GroupByParam "region")).PageGroups }}<h2>{{ .Key }}</h2><ul>
                {{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.country }}</li>
                {{ end }}</ul>{{ end }}{{ template "_internal/pagination.html" . }}{{ end }}
                """);
        write(h("layouts/_default/terms.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>
                {{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}
                </ul>{{ end }}
                """);
        write(h("layouts/index.html"), """
                {{ define "main" }}<h1>{{ .Site.Title }}</h1>{{ .Content }}
                <p>{{ len (where .Site.RegularPages "Section" "advice") }} statements, {{ len (where .Site.RegularPages "Section" "members") }} members.</p>
                {{ end }}
                """);
        write(h("static/site.css"), "body{font-family:sans-serif;max-width:60rem;margin:auto}\n");
    }
}
