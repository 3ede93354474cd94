package org.plenary.links;

import java.util.Comparator;

/**
 * A link that does not work.
 *
 * @param page   the file that contains the link, relative to the checked folder, forward slashes
 *               (an HTML page, a linked stylesheet, or {@code sitemap.xml})
 * @param href   the link exactly as written there (one candidate of a srcset, the inside of a CSS url())
 * @param reason why it is broken, for a person
 */
public record BrokenLink(String page, String href, String reason) {

    /** Page, then href, then reason: the order of every report, so output is stable from run to run. */
    public static final Comparator<BrokenLink> ORDER = Comparator.comparing(BrokenLink::page)
            .thenComparing(BrokenLink::href)
            .thenComparing(BrokenLink::reason);
}
