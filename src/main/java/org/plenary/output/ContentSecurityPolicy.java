package org.plenary.output;

/**
 * The Content-Security-Policy of every page (CSP Level 3, W3C): scripts only from the site itself and never inline
 * (no {@code <script>} with code in it, no {@code on…} attribute, no {@code eval}), so text that slipped past escaping
 * still could not run. Pages carry it as {@code <meta http-equiv>} (layout and root templates, the data page); the
 * dev server sends {@link #HEADER} as an HTTP header.
 *
 * <p>{@code <script type="application/ld+json">} and the draw page's {@code application/json} block are data
 * blocks, never executed, so the policy does not concern them. Styles come only from the site's stylesheet: no page
 * carries a {@code style} attribute (widths computed at build time are SVG geometry, e.g. the travel cap meter).
 */
public final class ContentSecurityPolicy {
    /** The policy for a {@code <meta http-equiv="Content-Security-Policy">} element. */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

    /** The same policy as an HTTP header, which can also forbid framing ({@code frame-ancestors} is ignored in meta). */
    public static final String HEADER = POLICY + "; frame-ancestors 'self'";

    private ContentSecurityPolicy() {
    }

    /** The whole element, for pages written without a template. */
    public static String metaElement() {
        return "<meta http-equiv=\"Content-Security-Policy\" content=\"" + XmlText.escape(POLICY) + "\">";
    }
}
