package org.plenary.output;

/** Turns site-absolute paths into links relative to the page being rendered. */
public final class Linker {
    private final String[] from;

    /** @param pagePath the site-absolute path of the current page ("/en/members/ada/" or "/404.html") */
    public Linker(String pagePath) {
        String dir = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
        this.from = segments(dir);
    }

    public String to(String target) {
        int hash = target.indexOf('#');
        String fragment = hash < 0 ? "" : target.substring(hash);
        String path = hash < 0 ? target : target.substring(0, hash);
        boolean dir = path.endsWith("/");
        String[] to = segments(dir ? path : path.substring(0, path.lastIndexOf('/') + 1));
        String leaf = dir ? "" : path.substring(path.lastIndexOf('/') + 1);
        int common = 0;
        while (common < from.length && common < to.length && from[common].equals(to[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length; i++) sb.append("../");
        for (int i = common; i < to.length; i++) sb.append(to[i]).append('/');
        sb.append(leaf);
        if (sb.length() == 0) sb.append("./");
        return sb + fragment;
    }

    private static String[] segments(String dir) {
        int start = 0;
        int end = dir.length();
        while (start < end && dir.charAt(start) == '/') start++;
        while (end > start && dir.charAt(end - 1) == '/') end--;
        // Hot path (every link of every page): no regular expressions.
        return start == end ? new String[0] : dir.substring(start, end).split("/");
    }
}
