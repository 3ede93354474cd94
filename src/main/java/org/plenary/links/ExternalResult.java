package org.plenary.links;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The verdict on one external URL (without fragment).
 *
 * @param ok          the URL answers with a success after redirects
 * @param status      last HTTP status, 0 when there was no answer
 * @param finalUrl    where redirects ended, or {@code null} when there was no redirect
 * @param redirects   the redirect statuses in order (301, 302 …), empty without redirects
 * @param reason      why it is broken, {@code null} when ok
 * @param contentType of the final answer, or {@code null}
 * @param anchors     ids and {@code <a name>}s of the fetched HTML, or {@code null} when no HTML body was read
 * @param checkedAt   when it was fetched, for the cache
 */
record ExternalResult(boolean ok, int status, String finalUrl, List<Integer> redirects, String reason,
                      String contentType, Set<String> anchors, Instant checkedAt) {

    static ExternalResult failure(String reason, Instant at) {
        return new ExternalResult(false, 0, null, List.of(), reason, null, null, at);
    }

    /** Whether fragments can be checked with what this result holds, or the body must be fetched. */
    boolean canCheckFragments() {
        return anchors != null || (contentType != null && !isHtml(contentType));
    }

    String redirectStatuses() {
        return redirects.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }

    static boolean isHtml(String contentType) {
        String ct = contentType.toLowerCase(Locale.ROOT);
        return ct.contains("text/html") || ct.contains("application/xhtml");
    }
}
