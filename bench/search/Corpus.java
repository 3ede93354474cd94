import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a benchmark site in the registry format: STATEMENTS advice statements with a body in each of the seven
 * languages and MEMBERS members (bios in English plus one other language), so that the built site has
 * 7 × (STATEMENTS + MEMBERS) pages and more. Text is drawn from per-language word lists with a fixed seed.
 *
 * Usage: java Corpus.java OUT_DIR STATEMENTS MEMBERS
 */
public class Corpus {
    static final String[] LANGS = {"en", "fr", "es", "pt", "zh", "ar", "ru"};
    static final String[][] WORDS = {
        // en
        ("internet users community policy domain names registration data protection privacy transparency accountability "
            + "board advice review recommendation implementation public comment working group region outreach travel "
            + "support funding meeting statement security stability registry registrar accreditation abuse consumer "
            + "trust competition choice multistakeholder governance participation election volunteer capacity building "
            + "language access universal acceptance technical standard process budget operating plan strategy").split(" "),
        // fr
        ("utilisateurs internet communauté politique noms domaine enregistrement données protection vie privée "
            + "transparence responsabilité conseil avis examen recommandation mise œuvre consultation publique groupe "
            + "travail région sensibilisation voyage soutien financement réunion déclaration sécurité stabilité registre "
            + "bureau accréditation abus consommateurs confiance concurrence choix gouvernance participation élection "
            + "bénévoles renforcement capacités langue accès acceptation universelle norme technique processus budget").split(" "),
        // es
        ("usuarios internet comunidad política nombres dominio registro datos protección privacidad transparencia "
            + "rendición cuentas junta asesoramiento revisión recomendación implementación comentario público grupo "
            + "trabajo región divulgación viaje apoyo financiación reunión declaración seguridad estabilidad registrador "
            + "acreditación abuso consumidores confianza competencia elección gobernanza participación voluntarios "
            + "desarrollo capacidades idioma acceso aceptación universal norma técnica proceso presupuesto estrategia").split(" "),
        // pt
        ("utilizadores internet comunidade política nomes domínio registo dados proteção privacidade transparência "
            + "responsabilização conselho parecer revisão recomendação implementação comentário público grupo trabalho "
            + "região divulgação viagem apoio financiamento reunião declaração segurança estabilidade registrador "
            + "acreditação abuso consumidores confiança concorrência escolha governança participação eleição voluntários "
            + "capacitação idioma acesso aceitação universal norma técnica processo orçamento estratégia").split(" "),
        // zh
        ("互联网 用户 社群 政策 域名 注册 数据 保护 隐私 透明度 问责制 董事会 建议 审查 实施 公众 意见 工作组 区域 外联 差旅 "
            + "资助 会议 声明 安全 稳定 注册管理机构 注册服务机构 认证 滥用 消费者 信任 竞争 选择 多利益相关方 治理 参与 选举 "
            + "志愿者 能力建设 语言 访问 普遍接受 技术 标准 程序 预算 运营 计划 战略").split(" "),
        // ar
        ("مستخدمي الإنترنت المجتمع السياسة أسماء النطاقات التسجيل البيانات حماية الخصوصية الشفافية المساءلة مجلس "
            + "المشورة المراجعة التوصية التنفيذ التعليق العام فريق العمل المنطقة التواصل السفر الدعم التمويل الاجتماع "
            + "البيان الأمن الاستقرار السجل المسجل الاعتماد إساءة المستهلكين الثقة المنافسة الاختيار الحوكمة المشاركة "
            + "الانتخاب المتطوعين بناء القدرات اللغة الوصول القبول الشامل المعيار التقني العملية الميزانية الخطة").split(" "),
        // ru
        ("пользователи интернета сообщество политика доменные имена регистрация данные защита конфиденциальность "
            + "прозрачность подотчётность правление рекомендация обзор внедрение общественное обсуждение рабочая группа "
            + "регион работа поездки поддержка финансирование совещание заявление безопасность стабильность реестр "
            + "регистратор аккредитация злоупотребления потребители доверие конкуренция выбор управление участие выборы "
            + "добровольцы развитие потенциала язык доступ универсальное принятие технический стандарт процесс бюджет").split(" "),
    };
    static final String[] REGIONS = {"afralo", "apralo", "euralo", "lacralo", "naralo"};
    static final String[] TYPES = {"public-comment", "gnso-input", "board-advice", "correspondence", "white-paper", "declaration"};

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int statements = Integer.parseInt(args[1]);
        int members = Integer.parseInt(args[2]);
        Random r = new Random(20240101);
        StringBuilder site = new StringBuilder("title: {en: Benchmark Community, fr: Communauté, es: Comunidad, pt: Comunidade, zh: 社群, ar: المجتمع, ru: Сообщество}\n"
                + "base_url: https://bench.example.org\ndefault_language: en\nas_of: 2025-06-30\nlanguages:\n");
        String[][] names = {{"en", "English", "ltr"}, {"fr", "Français", "ltr"}, {"es", "Español", "ltr"}, {"pt", "Português", "ltr"},
                {"zh", "中文", "ltr"}, {"ar", "العربية", "rtl"}, {"ru", "Русский", "ltr"}};
        for (String[] n : names) site.append("  - {code: ").append(n[0]).append(", name: ").append(n[1]).append(", direction: ").append(n[2]).append("}\n");
        site.append("regions:\n");
        for (String reg : REGIONS) site.append("  - {code: ").append(reg).append(", name: ").append(reg.toUpperCase()).append("}\n");
        write(out.resolve("data/site.yaml"), site.toString());
        write(out.resolve("data/workgroups.yaml"), "- {id: cpwg, name: Consolidated Policy Working Group, kind: policy, chartered_by: alac, from: 2010-01-01}\n");
        StringBuilder m = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            String id = "member-" + i;
            ids.add(id);
            int other = 1 + r.nextInt(6);
            m.append("- id: ").append(id).append("\n  name: Member ").append(i).append(" ").append(word(r, 0)).append("\n  region: ")
                    .append(REGIONS[i % REGIONS.length]).append("\n  country: FR\n  joined: 2012-01-01\n  bio:\n    en: ")
                    .append(text(r, 0, 60)).append("\n    ").append(LANGS[other]).append(": ").append(text(r, other, 60)).append("\n");
        }
        write(out.resolve("data/members/members.yaml"), m.toString());
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < statements; i++) {
            String id = String.format("AL-ALAC-ST-%04d-%02d-00-EN", i % 10000, i / 10000 + 1);
            int year = 2008 + i % 17;
            a.append("- id: ").append(id).append("\n  title:\n");
            for (int l = 0; l < LANGS.length; l++) a.append("    ").append(LANGS[l]).append(": ").append(text(r, l, 8)).append("\n");
            a.append("  type: ").append(TYPES[i % TYPES.length]).append("\n  status: submitted\n  dates: {submitted: ")
                    .append(year).append(String.format("-%02d-%02d", 1 + i % 12, 1 + i % 28)).append("}\n  penholders: [")
                    .append(ids.get(r.nextInt(ids.size()))).append("]\n  topics: [policy]\n  summary:\n");
            for (int l = 0; l < LANGS.length; l++) a.append("    ").append(LANGS[l]).append(": ").append(text(r, l, 30)).append("\n");
            for (int l = 0; l < LANGS.length; l++) {
                StringBuilder body = new StringBuilder();
                for (int p = 0; p < 4; p++) body.append(text(r, l, 70)).append("\n\n");
                write(out.resolve("content/advice/" + id + "/" + LANGS[l] + ".md"), body.toString());
            }
        }
        write(out.resolve("data/advice/advice.yaml"), a.toString());
        for (String l : LANGS) write(out.resolve("content/" + l + "/index.md"), "---\ntitle: Home\n---\n" + text(r, indexOf(l), 80) + "\n");
    }

    static int indexOf(String lang) {
        for (int i = 0; i < LANGS.length; i++) if (LANGS[i].equals(lang)) return i;
        return 0;
    }

    static String word(Random r, int lang) {
        String[] w = WORDS[lang];
        return w[r.nextInt(w.length)];
    }

    /** About n words of running text (no YAML-special characters). */
    static String text(Random r, int lang, int n) {
        StringBuilder b = new StringBuilder();
        boolean cjk = LANGS[lang].equals("zh");
        for (int i = 0; i < n; i++) {
            if (i > 0 && !cjk) b.append(' ');
            String w = word(r, lang);
            if (i == 0 && !cjk && lang != 5 && lang != 4) w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            b.append(w);
            if (cjk && i % 9 == 8) b.append('。');
        }
        b.append(cjk ? "。" : ".");
        return b.toString();
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
