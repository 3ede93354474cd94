package org.plenary.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Relative links from every kind of page to every kind of target, as the segment-by-segment definition gives them. */
class LinkerTest {

    /** The definition: common leading folders, one "../" per other folder of the page, then the target's rest. */
    private static String reference(String page, String target) {
        String fromDir = page.substring(0, page.lastIndexOf('/') + 1);
        int hash = target.indexOf('#');
        String fragment = hash < 0 ? "" : target.substring(hash);
        String path = hash < 0 ? target : target.substring(0, hash);
        boolean dir = path.endsWith("/");
        List<String> from = segments(fromDir);
        List<String> to = segments(dir ? path : path.substring(0, path.lastIndexOf('/') + 1));
        String leaf = dir ? "" : path.substring(path.lastIndexOf('/') + 1);
        int common = 0;
        while (common < from.size() && common < to.size() && from.get(common).equals(to.get(common))) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.size(); i++) sb.append("../");
        for (int i = common; i < to.size(); i++) sb.append(to.get(i)).append('/');
        sb.append(leaf);
        if (sb.length() == 0) sb.append("./");
        return sb + fragment;
    }

    private static List<String> segments(String dir) {
        String trimmed = dir.replaceAll("^/+", "").replaceAll("/+$", "");
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/"));
    }

    @Test
    void everyPageToEveryTarget() {
        List<String> pages = List.of("/", "/404.html", "/en/", "/en/members/", "/en/members/ada/", "/en/members/adam/",
                "/fr/travel/programmes/cropp/", "/data/", "/en/advice/2019/", "/en/a//b/", "/en/advice/page/2/");
        List<String> targets = List.of("/", "/en/", "/en/members/", "/en/members/ada/", "/en/members/adam/", "/en/members/ad/",
                "/en/members/ada/#roles", "/#top", "/assets/css/site.css", "/data/members.csv", "/en/search/?q=a/b",
                "/en/x/../y/", "/en//x/", "/fr/", "/en/members/ada", "/favicon.ico", "/en/advice/feed.xml", "/en/advice/page/3/");
        for (String page : pages) {
            Linker linker = new Linker(page);
            for (String target : targets) assertEquals(reference(page, target), linker.to(target), page + " -> " + target);
        }
    }
}
