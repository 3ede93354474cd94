package org.plenary.links;

/**
 * One distinct reference of a page, as written, with how often it occurs there. Navigation repeats the same
 * links on every page; counting instead of storing each occurrence keeps 20,000 parsed pages small.
 */
record Reference(String raw, Kind kind, int count) {

    enum Kind {
        /** An HTML attribute URL: href, src, srcset candidate, poster, data, meta refresh. */
        LINK,
        /** A stylesheet ({@code <link rel=stylesheet>}, {@code @import} in a {@code <style>}): its CSS is checked too. */
        STYLESHEET,
        /** A {@code url()} in a {@code <style>} element or {@code style} attribute. */
        STYLE
    }
}
