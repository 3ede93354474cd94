package org.plenary.output;

/** Turns site-absolute paths into links relative to the page being rendered. */
public final class Linker {
    private final String[] from;
    /** The page's folder, "/en/members/ada/"; null when it has empty segments ("//"), which take the general way. */
    private final String dir;

    /** @param pagePath the site-absolute path of the current page ("/en/members/ada/" or "/404.html") */
    public Linker(String pagePath) {
        String dir = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
        this.from = segments(dir);
        this.dir = dir.startsWith("/") && !dir.contains("//") ? dir : null;
    }

    public String to(String target) {
        if (dir != null && target.startsWith("/")) {
            String fast = fast(target);
            if (fast != null) return fast;
        }
        return general(target);
    }

    /**
     * The common case (every link of every page) without splitting into segments: the longest common folder prefix of
     * two clean paths, one {@code ../} per folder of the page below it, then the rest of the target. Null for targets
     * with empty segments.
     */
    private String fast(String target) {
        int hash = target.indexOf('#');
        int pathEnd = hash < 0 ? target.length() : hash;
        int slash = target.lastIndexOf('/', pathEnd - 1); // end of the target's folder
        int common = 0; // length of the common prefix, ending with '/'
        int max = Math.min(dir.length(), slash + 1);
        for (int i = 0; i < max; i++) {
            char c = dir.charAt(i);
            if (c != target.charAt(i)) break;
            if (c == '/') common = i + 1;
        }
        for (int i = common; i <= slash; i++) {
            if (target.charAt(i) == '/' && target.charAt(i - 1) == '/') return null;
        }
        StringBuilder sb = new StringBuilder(pathEnd - common + 16);
        for (int i = common; i < dir.length(); i++) if (dir.charAt(i) == '/') sb.append("../");
        sb.append(target, common, pathEnd);
        if (sb.length() == 0) sb.append("./");
        if (hash >= 0) sb.append(target, hash, target.length());
        return sb.toString();
    }

    private String general(String target) {
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
