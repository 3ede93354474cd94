package org.plenary.links;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a request again and how long to wait first. Only answers that say "later" are retried: 429 Too
 * Many Requests and the 5xx family (not 501 Not Implemented or 505, which will not change). The wait doubles
 * with each attempt from a base; a {@code Retry-After} from the server wins over the backoff; and every wait is
 * capped, so one server cannot stall the check for an hour.
 */
final class RetryPolicy {
    private final int maxRetries;
    private final Duration base;
    private final Duration cap;

    RetryPolicy(int maxRetries, Duration base, Duration cap) {
        this.maxRetries = maxRetries;
        this.base = base;
        this.cap = cap;
    }

    int maxRetries() {
        return maxRetries;
    }

    static boolean isRetryable(int status) {
        return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }

    /**
     * The wait before retry number {@code attempt + 1}.
     *
     * @param retryAfter the response's {@code Retry-After} header, or null
     */
    Duration delay(int attempt, String retryAfter, Instant now) {
        Duration wait = parseRetryAfter(retryAfter, now)
                .orElseGet(() -> base.multipliedBy(1L << Math.min(attempt, 20)));
        return wait.compareTo(cap) > 0 ? cap : wait;
    }

    /** {@code Retry-After} is either delta-seconds or an HTTP date (RFC 9110 §10.2.3); a past date means now. */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.of(Duration.ofDays(1)); // absurdly large: the cap takes over
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
