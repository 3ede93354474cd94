package org.plenary.render;

import org.plenary.output.Linker;
import org.plenary.output.SitePaths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.plenary.model.Language;
import org.plenary.model.Site;
import org.plenary.model.Text;

/**
 * What every template gets: the page's language, its strings and formats, links relative to this page,
 * alternates in the other languages, and whether any of its text fell back to the default language.
 */
public final class PageContext {
    private final Site site;
    private final Language language;
    private final UiStrings strings;
    private final Localizer format;
    private final String path;
    private final Linker linker;
    private final String title;
    private final String section;
    private boolean fallback;
    private boolean rootRelative;

    PageContext(Site site, Language language, UiStrings strings, Localizer format, String path, String title,
                String section) {
        this.site = site;
        this.language = language;
        this.strings = strings;
        this.format = format;
        this.path = path;
        this.linker = new Linker(path);
        this.title = title;
        this.section = section;
    }

    public Site site() {
        return site;
    }

    public String lang() {
        return language.code();
    }

    public String dir() {
        return language.rtl() ? "rtl" : "ltr";
    }

    public boolean rtl() {
        return language.rtl();
    }

    public String title() {
        return title;
    }

    /** Which top-level section is current, for the navigation's {@code aria-current}. */
    public String section() {
        return section;
    }

    public String path() {
        return path;
    }

    public String siteTitle() {
        return text(site.title());
    }

    /** A UI string. */
    public String t(String key) {
        return strings.get(key);
    }

    /** A UI string with arguments. */
    public String t(String key, Object... args) {
        return strings.format(key, args);
    }

    /** A registry text in this page's language, noting a fallback so the page can say so. */
    public String text(Text t) {
        Text.Localized l = t.in(language.code(), site.defaultLanguage());
        if (l == null) return "";
        if (l.fallback()) fallback = true;
        return l.value();
    }

    /**
     * A registry text in this page's language, else its fallback marked with the language and direction it is in
     * (see {@link Shown}), noting the fallback so the page can say so.
     */
    public Shown shown(Text t) {
        Text.Localized l = t.in(language.code(), site.defaultLanguage());
        if (l == null) return Shown.EMPTY;
        if (l.fallback()) fallback = true;
        return in(l.value(), l.language());
    }

    /** {@code value}, written in language {@code code}, with the attributes this page needs to mark it. */
    public Shown in(String value, String code) {
        if (code == null || code.equals(language.code())) return new Shown(value, null, null);
        Language other = site.language(code);
        boolean otherRtl = other != null && other.rtl();
        return new Shown(value, code, otherRtl == language.rtl() ? null : otherRtl ? "rtl" : "ltr");
    }

    /** A proper name: transliterations are optional, so a missing one is not flagged as untranslated. */
    public String name(Text t) {
        Text.Localized l = t.in(language.code(), site.defaultLanguage());
        return l == null ? "" : l.value();
    }

    /** The language a text will actually be shown in (for a {@code lang} attribute on fallback text). */
    public String textLang(Text t) {
        Text.Localized l = t.in(language.code(), site.defaultLanguage());
        return l == null ? language.code() : l.language();
    }

    public void markFallback() {
        fallback = true;
    }

    public boolean fallback() {
        return fallback;
    }

    public String href(String sitePath) {
        return rootRelative ? SitePaths.basePath(site.baseUrl()) + sitePath : linker.to(sitePath);
    }

    /**
     * For pages served at any URL (404.html), links must not be relative to where the page happens to be: they are
     * root-relative, below the path of {@code base_url} when the site is served under one.
     */
    void useRootRelativeLinks() {
        rootRelative = true;
    }

    public String asset(String name) {
        return href(SitePaths.asset(name));
    }

    public String date(LocalDate d) {
        return format.date(d);
    }

    public String number(long n) {
        return format.number(n);
    }

    public Localizer format() {
        return format;
    }

    public String absolute(String sitePath) {
        return site.baseUrl() == null ? sitePath : site.baseUrl() + sitePath;
    }

    public boolean hasBaseUrl() {
        return site.baseUrl() != null;
    }

    public List<Alternate> alternates() {
        List<Alternate> out = new ArrayList<>();
        if (rootRelative) return out; // 404.html has no language versions
        for (Language l : site.languages()) {
            out.add(new Alternate(l.code(), l.name(), SitePaths.inLanguage(path, l.code()), l.code().equals(language.code())));
        }
        return out;
    }

    /**
     * The language menu: the same page in every language, or, on a page that has no language versions (404.html),
     * each language's home page, so the menu is never empty.
     */
    public List<Alternate> languageMenu() {
        if (!rootRelative) return alternates();
        List<Alternate> out = new ArrayList<>();
        for (Language l : site.languages()) {
            out.add(new Alternate(l.code(), l.name(), SitePaths.home(l.code()), l.code().equals(language.code())));
        }
        return out;
    }

    public String xDefault() {
        return SitePaths.inLanguage(path, site.defaultLanguage());
    }

    public String defaultLanguageName() {
        Language d = site.language(site.defaultLanguage());
        return d == null ? site.defaultLanguage() : d.name();
    }
}
