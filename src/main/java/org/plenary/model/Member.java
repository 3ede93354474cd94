package org.plenary.model;

import java.time.LocalDate;
import java.util.List;
import org.plenary.diag.Location;

/**
 * A person or an end-user organization. The registry's {@code private} mapping is deliberately not a field:
 * it is dropped while reading, so no later stage can leak it.
 */
public record Member(
        String id,
        Text name,
        String sortName,
        MemberKind kind,
        String region,
        String country,
        LocalDate joined,
        LocalDate left,
        Text affiliation,
        Text bio,
        String representative,
        List<Link> links,
        Consent consent,
        List<Role> roles,
        List<Participation> participation,
        Location location) {

    public Member {
        links = List.copyOf(links);
        roles = List.copyOf(roles);
        participation = List.copyOf(participation);
    }

    /** Whether the member may be named on any page, feed or download. */
    public boolean isPublic() {
        return consent == Consent.PUBLIC;
    }
}
