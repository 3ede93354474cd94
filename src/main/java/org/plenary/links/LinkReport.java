package org.plenary.links;

import java.util.List;

/**
 * The outcome of one check.
 *
 * @param pages     HTML files checked
 * @param links     references checked (each occurrence; internal ones, and external ones when they were checked)
 * @param broken    sorted by page, then href ({@link BrokenLink#ORDER}); a link broken twice on a page is listed once
 * @param notes     non-failing findings such as redirects, sorted likewise
 * @param unchecked external references not checked (offline mode, or excluded by a pattern)
 */
public record LinkReport(int pages, int links, List<BrokenLink> broken, List<LinkNote> notes, int unchecked) {

    public LinkReport {
        broken = List.copyOf(broken);
        notes = List.copyOf(notes);
    }

    /** True when nothing is broken: the build may ship. */
    public boolean isClean() {
        return broken.isEmpty();
    }
}
