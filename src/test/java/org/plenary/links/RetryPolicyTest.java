package org.plenary.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(10));

    @Test
    void onlyAnswersThatMeanLaterAreRetried() {
        assertTrue(RetryPolicy.isRetryable(429));
        assertTrue(RetryPolicy.isRetryable(500));
        assertTrue(RetryPolicy.isRetryable(503));
        assertTrue(RetryPolicy.isRetryable(504));
        assertFalse(RetryPolicy.isRetryable(501));
        assertFalse(RetryPolicy.isRetryable(505));
        assertFalse(RetryPolicy.isRetryable(404));
        assertFalse(RetryPolicy.isRetryable(200));
    }

    @Test
    void backoffDoublesUpToTheCap() {
        assertEquals(Duration.ofMillis(100), policy.delay(0, null, NOW));
        assertEquals(Duration.ofMillis(200), policy.delay(1, null, NOW));
        assertEquals(Duration.ofMillis(400), policy.delay(2, "garbage", NOW));
        assertEquals(Duration.ofSeconds(10), policy.delay(30, null, NOW));
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDateWinsAndIsCapped() {
        assertEquals(Duration.ofSeconds(3), policy.delay(0, "3", NOW));
        assertEquals(Duration.ofSeconds(10), policy.delay(0, "3600", NOW), "capped");
        assertEquals(Duration.ofSeconds(10), policy.delay(0, "99999999999999999999", NOW), "capped, not an overflow");
        assertEquals(Duration.ofSeconds(5), policy.delay(0, "Sat, 01 Mar 2025 12:00:05 GMT", NOW));
        assertEquals(Duration.ZERO, policy.delay(2, "Sat, 01 Mar 2025 11:00:00 GMT", NOW), "a past date means now");
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("soon", NOW));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter(null, NOW));
    }
}
