package org.plenary.opendata;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.plenary.content.Content;
import org.plenary.model.Language;
import org.plenary.model.Site;
import org.plenary.model.Text;
import org.plenary.rules.MemberEntry;
import org.plenary.rules.PublicView;

/** What every dataset needs: the model, the derived statuses, and how to spell texts, URLs and amounts. */
final class DataContext {
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final String LICENSE_NAME = "CC BY 4.0";

    /** What may be published; the datasets' only registry input. */
    final PublicView view;
    private final Content content;
    final Site site;
    final String dflt;

    DataContext(PublicView view, Content content) {
        this.view = view;
        this.content = content;
        this.site = view.site();
        this.dflt = site.defaultLanguage();
    }

    /** What a table that lists members shows of one who may be named, or null (unknown, or consent aggregate-only). */
    MemberEntry publicMember(String id) {
        return view.entry(id);
    }

    /** The text in the default language (else the first one given); null when there is none. */
    String text(Text t) {
        if (t == null || t.isEmpty()) return null;
        String v = t.get(dflt, dflt);
        return v.isEmpty() ? null : v;
    }

    /** Site languages first, in their configured order, then any others alphabetically. */
    List<String> languageOrder(Set<String> codes) {
        List<String> out = new ArrayList<>();
        for (Language l : site.languages()) if (codes.contains(l.code())) out.add(l.code());
        for (String c : new TreeSet<>(codes)) if (!out.contains(c)) out.add(c);
        return out;
    }

    /** {@code {field: {lang: text}}} for the fields that have any text, languages in site order. */
    ObjectNode translations(Map<String, Text> fields) {
        ObjectNode o = Json.object();
        fields.forEach((name, t) -> {
            if (t == null || t.isEmpty()) return;
            ObjectNode byLang = o.putObject(name);
            for (String l : languageOrder(t.languages())) byLang.put(l, t.exact(l).orElse(""));
        });
        return o;
    }

    static Map<String, Text> fields(Object... nameThenText) {
        Map<String, Text> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) m.put((String) nameThenText[i], (Text) nameThenText[i + 1]);
        return m;
    }

    /** Languages an advice statement has a body in, site order. */
    List<String> bodyLanguages(String adviceId) {
        if (content != null) return languageOrder(content.adviceBodyLanguages(adviceId));
        var a = view.advice(adviceId);
        return a == null ? List.of() : languageOrder(a.body().languages());
    }

    /** A site page's address: absolute under {@code base_url}, else site-absolute. */
    String url(String sitePath) {
        return base() + sitePath;
    }

    /** A file under /data/, absolute under {@code base_url}, else site-absolute. */
    String dataUrl(String file) {
        return base() + "/data/" + file;
    }

    boolean hasBaseUrl() {
        return site.baseUrl() != null && !site.baseUrl().isBlank();
    }

    private String base() {
        if (!hasBaseUrl()) return "";
        String b = site.baseUrl();
        return b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    /** An amount as recorded, with at least two decimals (2000 → 2000.00; 3150.405 stays as is). */
    static BigDecimal money(BigDecimal amount) {
        if (amount == null) return null;
        return amount.scale() < 2 ? amount.setScale(2, RoundingMode.UNNECESSARY) : amount;
    }

    static String code(org.plenary.model.Coded c) {
        return c == null ? null : c.code();
    }
}
