package org.plenary.render;

/**
 * A registry text as one page shows it, for templates: the text (or the HTML rendered from its Markdown), and the
 * language and direction it is really in when they differ from the page's, which happens when the text fell back
 * to another language. Templates put them on the element holding the text ({@code lang="${x.lang()}"
 * dir="${x.dir()}"}; Jte leaves out an attribute whose value is null), so a screen reader switches voice and
 * right-to-left pages keep left-to-right punctuation in place (WCAG 2.2 SC 3.1.2, Language of Parts).
 *
 * @param text the text, never null (empty when the registry has none)
 * @param lang the BCP 47 code of the text's language, or null when it is the page's language
 * @param dir  {@code ltr} or {@code rtl} when the text's direction differs from the page's, else null
 */
public record Shown(String text, String lang, String dir) {
    public static final Shown EMPTY = new Shown("", null, null);

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The same language and direction around other content (the HTML rendered from this text's Markdown). */
    public Shown with(String other) {
        return new Shown(other, lang, dir);
    }

    @Override
    public String toString() {
        return text;
    }
}
