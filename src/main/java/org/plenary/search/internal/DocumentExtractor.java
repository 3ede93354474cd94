package org.plenary.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenary.content.Content;
import org.plenary.content.ContentPage;
import org.plenary.content.Markdown;
import org.plenary.model.Advice;
import org.plenary.model.Draw;
import org.plenary.model.DrawPool;
import org.plenary.model.Language;
import org.plenary.model.Meeting;
import org.plenary.model.Member;
import org.plenary.model.Participation;
import org.plenary.model.Programme;
import org.plenary.model.Region;
import org.plenary.model.Role;
import org.plenary.model.Text;
import org.plenary.model.TravelRecord;
import org.plenary.model.Workgroup;
import org.plenary.output.SitePaths;
import org.plenary.render.Localizer;
import org.plenary.render.UiStrings;
import org.plenary.rules.PublicView;
import org.plenary.search.DocType;
import org.plenary.theme.Theme;

/**
 * Everything the site shows, as search entities: statements (title, summary, body per language, penholders),
 * members (names in every script, region, country, roles, working groups, bio), meetings (city, country, kind,
 * funded travellers), programmes, draws (pool and result) and Markdown pages.
 *
 * <p>Privacy: it reads the {@link PublicView} only (public members; penholders and travellers who asked to be
 * counted only are already left out), and {@code private} fields never reach the model. Input: the public view, the
 * rendered content and the theme (for the interface words shown on pages: types, roles, statuses). Output: entities in index order — type, newest year first, region set, id — so that every
 * run gives the same document numbers.
 */
public final class DocumentExtractor {
    private final PublicView community;
    private final Content content;
    private final String dflt;
    private final List<Language> languages;
    private final Map<String, UiStrings> strings = new LinkedHashMap<>();
    private final Map<String, Localizer> formats = new LinkedHashMap<>();
    private final Markdown markdown = new Markdown();

    public DocumentExtractor(PublicView community, Content content, Theme theme) {
        this.community = community;
        this.content = content;
        this.dflt = community.site().defaultLanguage();
        this.languages = community.site().languages();
        for (Language l : languages) {
            strings.put(l.code(), UiStrings.load(l.code(), theme));
            formats.put(l.code(), new Localizer(l.code()));
        }
    }

    /** The entities, extracted on every thread of {@code threads} (the statements' HTML to text is most of the work). */
    public List<SearchEntity> extract(SearchThreads threads) {
        List<java.util.function.Supplier<SearchEntity>> jobs = new ArrayList<>();
        for (Advice a : community.advice()) jobs.add(() -> advice(a));
        for (Member m : community.members()) jobs.add(() -> member(m));
        for (Meeting m : community.meetings()) jobs.add(() -> meeting(m));
        for (Programme p : community.programmes()) jobs.add(() -> programme(p));
        for (Draw d : community.draws()) jobs.add(() -> draw(d));
        for (String path : content.pagePaths()) jobs.add(() -> page(path));
        int chunk = 16;
        List<SearchEntity> out = new ArrayList<>(jobs.size());
        for (List<SearchEntity> part : threads.map((jobs.size() + chunk - 1) / chunk, c -> {
            List<SearchEntity> done = new ArrayList<>(chunk);
            for (int i = c * chunk; i < Math.min(jobs.size(), (c + 1) * chunk); i++) {
                SearchEntity e = jobs.get(i).get();
                if (e != null) done.add(e); // a content page with no text of its own in any language
            }
            return done;
        })) {
            out.addAll(part);
        }
        out.sort(Comparator.comparing(SearchEntity::type)
                .thenComparing(e -> e.year() == null ? Integer.MIN_VALUE : e.year(), Comparator.reverseOrder())
                .thenComparingInt(SearchEntity::regionMask)
                .thenComparing(SearchEntity::id));
        return out;
    }

    private SearchEntity advice(Advice a) {
        List<Member> pen = a.penholders().stream().map(community::member).filter(m -> m != null).toList();
        int regions = 0;
        for (Member m : pen) regions |= regionBit(m.region());
        Map<String, SearchEntity.Page> pages = new LinkedHashMap<>();
        Map<String, String> bodies = content.adviceBody(a.id());
        for (Language lang : languages) {
            String l = lang.code();
            UiStrings t = strings.get(l);
            String type = t.get("advice.type." + a.type().code());
            List<String> body = new ArrayList<>();
            body.add(exact(a.summary(), l));
            body.add(HtmlText.of(bodies.get(l)));
            for (Member m : pen) body.add(allNames(m.name()));
            List<String> keywords = new ArrayList<>();
            // Fixed labels find the statement but are no text to read: the result's meta line shows the type.
            keywords.add(type + " · " + t.get("advice.status." + a.status().code()));
            keywords.add(String.join(" ", a.topics()).replace('-', ' '));
            if (a.meeting() != null) keywords.add(a.meeting());
            keywords.add(a.id());
            pages.put(l, new SearchEntity.Page(l, SitePaths.statement(l, a.id()), a.title().get(l, dflt),
                    type + " · " + formats.get(l).date(a.dates().key()), exact(a.title(), l), body, keywords));
        }
        return new SearchEntity(DocType.ADVICE, a.id(), a.dates().key().getYear(), regions, pages);
    }

    private SearchEntity member(Member m) {
        Map<String, SearchEntity.Page> pages = new LinkedHashMap<>();
        for (Language lang : languages) {
            String l = lang.code();
            UiStrings t = strings.get(l);
            String kind = t.get("kind." + m.kind().code());
            String region = regionName(m.region(), l);
            String country = countryName(m.country(), l);
            List<String> body = new ArrayList<>();
            body.add(markdownText(exact(m.bio(), l)));
            body.add(exact(m.affiliation(), l));
            List<String> roles = new ArrayList<>();
            for (Role r : m.roles()) {
                String label = t.get("role." + r.role().code());
                if (r.body() != null) {
                    Workgroup wg = community.workgroup(r.body());
                    label += " " + (wg != null ? wg.name().get(l, dflt) : r.body());
                }
                roles.add(label);
            }
            body.add(String.join(" · ", new LinkedHashSet<>(roles)));
            Set<String> groups = new LinkedHashSet<>();
            for (Participation p : m.participation()) {
                Workgroup wg = community.workgroup(p.workgroup());
                groups.add(wg != null ? wg.name().get(l, dflt) : p.workgroup());
            }
            body.add(String.join(" · ", groups));
            body.add(join(" · ", kind, region, country));
            pages.put(l, new SearchEntity.Page(l, SitePaths.member(l, m.id()), m.name().get(l, dflt),
                    join(" · ", kind, region, country), allNames(m.name()), body));
        }
        return new SearchEntity(DocType.MEMBER, m.id(), null, regionBit(m.region()), pages);
    }

    private SearchEntity meeting(Meeting mt) {
        List<TravelRecord> trips = community.travelAt(mt.id()).stream().filter(TravelRecord::funded).toList();
        Map<String, SearchEntity.Page> pages = new LinkedHashMap<>();
        for (Language lang : languages) {
            String l = lang.code();
            UiStrings t = strings.get(l);
            String city = mt.city().get(l, dflt);
            String kind = t.get("meeting.kind." + mt.kind().code());
            List<String> body = new ArrayList<>();
            body.add(join(" · ", kind, countryName(mt.country(), l), mt.virtual() ? t.get("meeting.virtual") : null));
            Set<String> names = new LinkedHashSet<>();
            for (TravelRecord r : trips) {
                Member m = r.member() == null ? null : community.member(r.member());
                if (m != null) names.add(allNames(m.name()));
            }
            body.add(String.join(" · ", names));
            pages.put(l, new SearchEntity.Page(l, SitePaths.meeting(l, mt.id()), t.format("travel.meeting.title", mt.id(), city),
                    join(" · ", kind, formats.get(l).date(mt.start())), join(" ", mt.id(), exact(mt.city(), l)), body));
        }
        return new SearchEntity(DocType.MEETING, mt.id(), mt.start() == null ? null : mt.start().getYear(), 0, pages);
    }

    private SearchEntity programme(Programme p) {
        Map<String, SearchEntity.Page> pages = new LinkedHashMap<>();
        for (Language lang : languages) {
            String l = lang.code();
            UiStrings t = strings.get(l);
            List<String> body = new ArrayList<>();
            body.add(markdownText(exact(p.description(), l)));
            body.add(markdownText(exact(p.eligibility(), l)));
            body.add(markdownText(exact(p.howToApply(), l)));
            body.add(markdownText(exact(p.covers(), l)));
            pages.put(l, new SearchEntity.Page(l, SitePaths.programme(l, p.id()), p.name().get(l, dflt),
                    t.get("nav.travel"), exact(p.name(), l), body, List.of(t.get("travel.programmes"), p.id())));
        }
        return new SearchEntity(DocType.PROGRAMME, p.id(), null, 0, pages);
    }

    private SearchEntity draw(Draw d) {
        Map<String, SearchEntity.Page> pages = new LinkedHashMap<>();
        for (Language lang : languages) {
            String l = lang.code();
            UiStrings t = strings.get(l);
            String purpose = t.get("draws.purpose." + d.purpose().code());
            List<String> body = new ArrayList<>();
            body.add(markdownText(exact(d.note(), l)));
            body.add(markdownText(exact(d.replacementPolicy(), l)));
            Set<String> names = new LinkedHashSet<>();
            for (DrawPool pool : d.pools()) {
                for (String id : pool.members()) {
                    Member m = community.member(id);
                    if (m != null) names.add(allNames(m.name()));
                }
            }
            body.add(String.join(" · ", names));
            pages.put(l, new SearchEntity.Page(l, SitePaths.draw(l, d.id()), d.title().get(l, dflt),
                    join(" · ", purpose, formats.get(l).date(d.announced())), exact(d.title(), l), body, List.of(purpose, d.id())));
        }
        return new SearchEntity(DocType.DRAW, d.id(), d.announced() == null ? null : d.announced().getYear(), 0, pages);
    }

    /** A Markdown page, only in the languages it is written in (elsewhere it is fallback text, indexed once). */
    private SearchEntity page(String path) {
        Map<String, ContentPage> translations = content.page(path);
        Map<String, SearchEntity.Page> pages = new LinkedHashMap<>();
        for (Language lang : languages) {
            ContentPage p = translations.get(lang.code());
            if (p == null) continue;
            String title = path.isEmpty() ? community.site().title().get(lang.code(), dflt) : p.title();
            pages.put(lang.code(), new SearchEntity.Page(lang.code(), SitePaths.page(lang.code(), path), title,
                    "", title, List.of(p.description() == null ? "" : p.description(), HtmlText.of(p.html()))));
        }
        if (pages.isEmpty()) return null;
        return new SearchEntity(DocType.PAGE, path.isEmpty() ? "home" : path, null, 0, pages);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private int regionBit(String code) {
        if (code == null) return 0;
        List<Region> regions = community.site().regions();
        for (int i = 0; i < regions.size() && i < 31; i++) {
            if (regions.get(i).code().equalsIgnoreCase(code)) return 1 << i;
        }
        return 0;
    }

    private String regionName(String code, String lang) {
        if (code == null) return null;
        for (Region r : community.site().regions()) {
            if (r.code().equalsIgnoreCase(code)) return r.name().get(lang, dflt);
        }
        return code;
    }

    /** The country's name in the language, as its pages write it (ICU's CLDR, not the JVM's); null for none. */
    private String countryName(String code, String lang) {
        if (code == null || code.isBlank()) return null;
        return formats.get(lang).country(code);
    }

    /** Every written form of a name (transliterations in other scripts included), distinct. */
    private static String allNames(Text name) {
        Set<String> forms = new LinkedHashSet<>();
        for (String l : name.languages()) name.exact(l).ifPresent(forms::add);
        return String.join(" / ", forms);
    }

    private static String exact(Text t, String lang) {
        return t == null ? "" : t.exact(lang).orElse("");
    }

    private String markdownText(String md) {
        return md == null || md.isBlank() ? "" : HtmlText.of(markdown.toHtml(md, ""));
    }

    private static String join(String sep, String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) kept.add(p);
        }
        return String.join(sep, kept);
    }
}
