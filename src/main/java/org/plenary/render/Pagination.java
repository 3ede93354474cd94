package org.plenary.render;

import java.util.ArrayList;
import java.util.List;
import org.plenary.output.SitePaths;

/**
 * Where one page of a listing split into pages stands, with links to its neighbours: the first page at the listing's
 * own path ({@code /en/advice/type/white-paper/}), the others below it ({@code …/page/2/}), as Hugo's paginator does.
 * Plain links, so the listing is read without JavaScript.
 *
 * @param page     this page, from 1
 * @param pages    how many pages the listing has (at least 2 when shown)
 * @param previous link to the previous page, or null on the first
 * @param next     link to the next page, or null on the last
 * @param links    the first and last pages, this one and two on each side, with a gap (null href) where pages are left out
 */
public record Pagination(int page, int pages, String previous, String next, List<Link> links) {

    /** One entry of the page list: a number and its link, or a gap ({@code href} null). */
    public record Link(String label, String href, boolean current) {
    }

    /** How many pages {@code items} entries make at {@code size} a page (at least 1). */
    static int pages(int items, int size) {
        return Math.max(1, (items + size - 1) / size);
    }

    /** @param listPath the listing's first page ({@code /en/advice/2019/}) */
    static Pagination of(PageContext ctx, String listPath, int page, int pages) {
        List<Link> links = new ArrayList<>();
        int last = 0;
        for (int k = 1; k <= pages; k++) {
            if (k != 1 && k != pages && Math.abs(k - page) > 2) continue;
            if (k > last + 1) links.add(new Link("…", null, false));
            links.add(new Link(String.valueOf(k), ctx.href(SitePaths.listPage(listPath, k)), k == page));
            last = k;
        }
        return new Pagination(page, pages, page > 1 ? ctx.href(SitePaths.listPage(listPath, page - 1)) : null,
                page < pages ? ctx.href(SitePaths.listPage(listPath, page + 1)) : null, links);
    }

    /** The entries of one page: {@code all.subList} of the page's range. */
    static <T> List<T> slice(List<T> all, int page, int size) {
        int from = Math.min(all.size(), (page - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }
}
