package org.plenary.rules;

import java.time.LocalDate;

/**
 * What the rules say about one member as of the site's {@code as_of} date, with the facts behind it so a page
 * can explain "why". It names the member by id only, so that a page reading a standing does not depend on the whole
 * member record (their bio, say): what a page shows of the member it reads from {@link PublicView}.
 *
 * @param memberId         the member's id
 * @param activeSince      start of the current qualifying participation span, null when not active
 * @param votingUntil      last day of voting rights (null while active with an open span: no end known yet)
 * @param lastActiveEnd    end of the last qualifying span (null if open or none)
 * @param activeMonths     whole months of qualifying participation up to as_of
 * @param fundedTrips      funded trips ever
 * @param tripsLeft        trips left under the lifetime cap (never negative)
 */
public record Standing(String memberId, boolean active, LocalDate activeSince, boolean voting, LocalDate votingUntil,
                       LocalDate lastActiveEnd, long activeMonths, boolean alacEligible, int fundedTrips, int tripsLeft,
                       boolean inPolicyWork, boolean inOutreach) {
}
