package org.plenary.rules;

import java.time.LocalDate;
import org.plenary.model.Member;
import org.plenary.model.MemberKind;
import org.plenary.model.Text;

/**
 * What a list of members shows of one public member: who they are ({@code name}, sorted by {@code sortName}), what
 * kind of member, where ({@code region}, {@code country}) and whether they have left. The member directory and its
 * region pages, a statement's penholders, a meeting's recipients, a draw's pool, the travel tables and the travel
 * dataset read this rather than the whole {@link Member} (identity {@code roster:ID}, see
 * {@link org.plenary.identity.Identity}), so an edit of what only the member's own page shows — bio, affiliation,
 * links, roles — does not re-render every list the member is in.
 *
 * @param id       the member's id
 * @param name     the name (translatable)
 * @param sortName collation key in the default language, or null
 * @param kind     individual or organization
 * @param region   region code as {@code site.yaml} writes it, or null
 * @param country  ISO 3166-1 alpha-2 code, or null
 * @param left     the day they left, or null
 */
public record MemberEntry(String id, Text name, String sortName, MemberKind kind, String region, String country,
                          LocalDate left) {

    /** The entry of a member. */
    public static MemberEntry of(Member m) {
        return new MemberEntry(m.id(), m.name(), m.sortName(), m.kind(), m.region(), m.country(), m.left());
    }

    /** Whether they had left by {@code day} (the site's {@code as_of}). */
    public boolean leftBy(LocalDate day) {
        return left != null && !left.isAfter(day);
    }
}
