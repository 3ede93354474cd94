package org.plenary.links;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each reference of a site comes to (where it leads, the file found there, or why it is broken), worked out
 * once for all the references that resolve alike: a site's thousands of pages repeat the same navigation, asset and
 * alternate links, written relative to each page ({@code ../../members/} on every page two folders down).
 *
 * <p>A reference with a scheme, or a root-relative one on a site page, leads to the same place from any page. A
 * relative one depends only on the folder its leading {@code ../} climb to ({@code ../../members/} in
 * {@code /en/advice/x/} is {@code members/} in {@code /en/}, as RFC 3986's remove_dot_segments has it; see
 * {@link #shape}). So verdicts are
 * kept by that folder and the reference as written, both shared strings ({@link SharedStrings}): finding one
 * compares two cached hashes and two references, with no key object, substring or character comparison per reference.
 *
 * <p>Thread-safe: pages are checked on several threads at once. Lookups take no lock; adding one locks a shard.
 */
final class Verdicts {
    // What a reference leads to, as a number the page check switches on without loading the Resolved.
    static final int INTERNAL = 0;
    static final int EXTERNAL = 1;
    static final int NOT_A_FILE = 2;
    static final int UNRESOLVABLE = 3;

    /**
     * What one reference comes to. A shared verdict is also its own entry in the table of verdicts (it holds its
     * key), so finding one touches the table and this object only: at a million references, each object more to
     * load is a cache miss more.
     */
    static final class Verdict {
        /** {@link #INTERNAL}, {@link #EXTERNAL}, {@link #NOT_A_FILE} or {@link #UNRESOLVABLE}, from {@link #resolved}. */
        final int kind;
        /** Where it leads. */
        final Resolved resolved;
        /** The site file found there, for an internal reference that was found; else null. */
        final String file;
        /** Why it is broken (not found, no such fragment, unresolvable), or null. */
        final String problem;
        // The key of a shared verdict: the mixed hash, the folder (or stand-in) and the reference; null folder otherwise.
        final int hash;
        final String folder;
        final String raw;

        Verdict(Resolved resolved, String file, String problem) {
            this(resolved, file, problem, 0, null, null);
        }

        private Verdict(Resolved resolved, String file, String problem, int hash, String folder, String raw) {
            this.kind = resolved instanceof Resolved.Internal ? INTERNAL : resolved instanceof Resolved.External ? EXTERNAL
                    : resolved instanceof Resolved.NotAFile ? NOT_A_FILE : UNRESOLVABLE;
            this.resolved = resolved;
            this.file = file;
            this.problem = problem;
            this.hash = hash;
            this.folder = folder;
            this.raw = raw;
        }

        Verdict keyed(int hash, String folder, String raw) {
            return new Verdict(resolved, file, problem, hash, folder, raw);
        }

        /** Equal when they say the same (where to, what file, what problem), whatever reference they were kept for. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Verdict v && v.resolved.equals(resolved) && java.util.Objects.equals(v.file, file)
                    && java.util.Objects.equals(v.problem, problem);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(resolved, file, problem);
        }

        @Override
        public String toString() {
            return "Verdict[" + resolved + ", " + file + ", " + problem + "]";
        }
    }

    /**
     * A page's document base, with the folders its relative references can climb to.
     *
     * @param url     the document base URL
     * @param folders for a base inside the site, its folder ({@code /en/advice/x/}) and each one above it, up to
     *                {@code /}, as shared strings; null otherwise
     */
    record Base(AbsoluteUrl url, String[] folders) {
    }

    // What a reference is, as far as sharing goes, with the number of its leading "../" above the low bits.
    private static final int NOT_SHARED = 0;
    private static final int ABSOLUTE = 1;
    private static final int ROOT_RELATIVE = 2;
    private static final int RELATIVE = 3;
    /** Stand-ins for the folder of references that do not depend on one; folders start with '/', these do not. */
    private static final String ANY_PAGE = new String("any page");
    private static final String ANY_SITE_PAGE = new String("any site page");

    private final UrlResolver resolver;
    private final SiteFiles files;
    private final FragmentIndex fragments;
    private final SharedStrings folders = new SharedStrings(1 << 12);
    /** Each reference's kind of sharing, computed once per distinct reference (the strings are shared, hashes cached). */
    private final Map<String, Integer> shapes = new ConcurrentHashMap<>(1 << 16);
    private static final int SHARDS = 32;
    /** A hash's top bits pick its shard. */
    private static final int SHARD_SHIFT = 32 - Integer.numberOfTrailingZeros(SHARDS);
    private final Shard[] shards = new Shard[SHARDS];

    Verdicts(UrlResolver resolver, SiteFiles files, FragmentIndex fragments) {
        this.resolver = resolver;
        this.files = files;
        this.fragments = fragments;
        for (int k = 0; k < SHARDS; k++) shards[k] = new Shard(1 << 11);
    }

    /** The base of a page whose document base URL is {@code url}. */
    Base base(AbsoluteUrl url) {
        if (!UrlResolver.isSite(url)) return new Base(url, null);
        String path = url.path();
        int depth = 0;
        for (int k = path.indexOf('/'); k >= 0 && k < path.lastIndexOf('/'); k = path.indexOf('/', k + 1)) depth++;
        String[] up = new String[depth + 1];
        int dirEnd = path.lastIndexOf('/');
        for (int s = 0; s <= depth; s++) {
            up[s] = folders.intern(path.substring(0, dirEnd + 1));
            if (dirEnd > 0) dirEnd = path.lastIndexOf('/', dirEnd - 1);
        }
        return new Base(url, up);
    }

    /** The verdict on {@code raw} written on a page with document base {@code base}; the same as {@link #compute}. */
    Verdict of(Base base, String raw) {
        int shape = shape(raw);
        String folder;
        switch (shape & 3) {
            case ABSOLUTE -> folder = ANY_PAGE;
            case ROOT_RELATIVE -> folder = base.folders == null ? null : ANY_SITE_PAGE;
            case RELATIVE -> {
                int ups = shape >>> 2;
                // Climbing above the root is reported; such a reference is rare and not worth sharing.
                folder = base.folders == null || ups >= base.folders.length ? null : base.folders[ups];
            }
            default -> folder = null;
        }
        if (folder == null) return compute(base.url, raw);
        int h = mix(folder.hashCode() * 31 + raw.hashCode());
        Shard shard = shards[h >>> SHARD_SHIFT];
        Verdict[] t = shard.table;
        int mask = t.length - 1;
        for (int k = h & mask; ; k = (k + 1) & mask) {
            Verdict e = t[k];
            if (e == null) break;
            if (e.hash == h && e.folder == folder && (e.raw == raw || e.raw.equals(raw))) return e;
        }
        return shard.add(h, folder, raw, compute(base.url, raw));
    }

    /**
     * How {@link #of} shares {@code raw}, so that references with equal keys resolve alike (RFC 3986 §5.2): one with a
     * scheme, or root-relative on a site page, leads to the same place from any page; a relative one depends on its
     * page's folder only, and each leading {@code ../} is taken off by moving one folder up while what follows is a
     * relative path of its own (not '/', '?' or '#'). Backslashes, empty references and fragment- or query-only ones
     * are not shared.
     */
    private int shape(String raw) {
        Integer known = shapes.get(raw);
        if (known != null) return known;
        int shape;
        if (raw.isEmpty() || raw.indexOf('\\') >= 0 || raw.charAt(0) == '?' || raw.charAt(0) == '#') {
            shape = NOT_SHARED;
        } else if (UrlParts.hasScheme(raw)) {
            shape = ABSOLUTE;
        } else if (raw.charAt(0) == '/') {
            shape = ROOT_RELATIVE;
        } else {
            int ups = 0;
            int from = 0;
            while (raw.startsWith("../", from) && raw.length() > from + 3) {
                char next = raw.charAt(from + 3);
                if (next == '/' || next == '?' || next == '#') break;
                ups++;
                from += 3;
            }
            shape = ups > 1000 ? NOT_SHARED : RELATIVE | ups << 2;
        }
        shapes.putIfAbsent(raw, shape);
        return shape;
    }

    /** The verdict on {@code raw} resolved against {@code against}, worked out anew. */
    Verdict compute(AbsoluteUrl against, String raw) {
        Resolved r = resolver.resolve(against, raw);
        if (r instanceof Resolved.Internal in) {
            SiteFiles.Lookup found = files.lookup(in.path());
            if (!found.found()) return new Verdict(r, null, found.problem());
            String problem = null;
            if (in.fragment() != null) {
                Set<String> anchors = fragments.anchorsOf(found.file());
                if (anchors != null && !FragmentIndex.resolves(anchors, in.fragment())) {
                    problem = "no element with id or name \"" + PercentEncoding.decode(in.fragment()) + "\" in " + found.file();
                }
            }
            return new Verdict(r, found.file(), problem);
        }
        if (r instanceof Resolved.Unresolvable u) return new Verdict(r, null, u.reason());
        return new Verdict(r, null, null);
    }

    private static int mix(int h) {
        int m = h * 0x9E3779B9;
        return m ^ (m >>> 16);
    }

    /** Open addressing with linear probing; replaced by a bigger table, never rearranged in place. */
    private static final class Shard {
        volatile Verdict[] table;
        int size;

        Shard(int capacity) {
            table = new Verdict[capacity];
        }

        /**
         * Adds the verdict unless another thread has just added one for the same key, which is then returned. A
         * verdict is immutable (final fields): a reader that sees it through a race sees it whole.
         */
        synchronized Verdict add(int h, String folder, String raw, Verdict verdict) {
            Verdict[] t = table;
            int mask = t.length - 1;
            int k = h & mask;
            for (; t[k] != null; k = (k + 1) & mask) {
                Verdict e = t[k];
                if (e.hash == h && e.folder == folder && e.raw.equals(raw)) return e;
            }
            Verdict added = verdict.keyed(h, folder, raw);
            if (2 * (size + 1) > t.length) {
                Verdict[] bigger = new Verdict[t.length * 2];
                int bm = bigger.length - 1;
                for (Verdict e : t) {
                    if (e == null) continue;
                    int j = e.hash & bm;
                    while (bigger[j] != null) j = (j + 1) & bm;
                    bigger[j] = e;
                }
                int j = h & bm;
                while (bigger[j] != null) j = (j + 1) & bm;
                bigger[j] = added;
                table = bigger;
            } else {
                t[k] = added;
            }
            size++;
            return added;
        }
    }
}
