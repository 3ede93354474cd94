package org.plenary.links;

/** Where a reference leads once resolved the way a browser resolves it. */
sealed interface Resolved {

    /**
     * A file of the checked site.
     *
     * @param path     decoded, relative to the site root, no leading slash (except for an empty first segment, as
     *                 {@code .//x} on a root page gives, which is looked up like any path and so not found); {@code ""} is the root,
     *                 a trailing slash means "the directory", whose index page is wanted
     * @param fragment as a browser holds it (fragment-encoded), or {@code null} when there is none
     */
    record Internal(String path, String fragment) implements Resolved {
    }

    /** A URL outside the site; {@code url} carries no fragment, which is kept apart for the HTML check. */
    record External(String url, String fragment) implements Resolved {
    }

    /** {@code mailto:}, {@code tel:}, {@code javascript:}, {@code data:} …: nothing to fetch, never broken. */
    record NotAFile(String scheme) implements Resolved {
    }

    /** Cannot lead anywhere (above the site root, no host, …); {@code reason} says why. */
    record Unresolvable(String reason) implements Resolved {
    }
}
