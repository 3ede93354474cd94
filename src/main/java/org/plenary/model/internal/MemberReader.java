package org.plenary.model.internal;

import static org.plenary.model.spec.MemberSpec.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plenary.model.Consent;
import org.plenary.model.Link;
import org.plenary.model.Member;
import org.plenary.model.MemberKind;
import org.plenary.model.Participation;
import org.plenary.model.Role;
import org.plenary.model.RoleType;
import org.plenary.model.SelectionMethod;
import org.plenary.model.Text;
import org.plenary.registry.YamlNode;

/**
 * Reads {@code data/members/} ({@link org.plenary.model.spec.MemberSpec}). The {@code private} mapping is accepted and
 * dropped here, on purpose.
 */
final class MemberReader {
    private MemberReader() {
    }

    static Member read(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, MEMBER, ctx);
        if (f == null) return null;
        String id = f.id(ID);
        String who = "member '" + (id != null ? id : f.peek("id") != null ? f.peek("id") : "?") + "'";
        Text name = f.name(NAME);
        String sortName = f.string(SORT_NAME);
        MemberKind kind = f.enumValue(KIND, MemberKind.class, MemberKind.INDIVIDUAL);
        String region = region(f, ctx, who);
        String country = Iso3166.read(f, COUNTRY);
        LocalDate joined = f.date(JOINED);
        LocalDate left = f.date(LEFT);
        DateOrder.check(ctx, f, "joined", joined, "left", left);
        Text affiliation = f.text(AFFILIATION);
        Text bio = f.text(BIO);
        String representative = f.string(REPRESENTATIVE);
        if (representative != null && kind != MemberKind.ORGANIZATION) {
            ctx.diag().error(f.at(REPRESENTATIVE), "bad-value", "'representative' only applies to kind: organization");
        }
        List<Link> links = new ArrayList<>();
        for (YamlNode n : f.list(LINKS)) {
            Fields lf = Fields.of(n, LINK, ctx);
            if (lf == null) continue;
            Text title = lf.text(LINK_TITLE);
            String url = Urls.absolute(lf, LINK_URL);
            lf.finish();
            if (url != null) links.add(new Link(title, url));
        }
        Consent consent = f.enumValue(CONSENT, Consent.class, Consent.PUBLIC);
        f.ignore(PRIVATE);
        List<Role> roles = new ArrayList<>();
        for (YamlNode n : f.list(ROLES)) {
            Role r = readRole(n, ctx);
            if (r != null) roles.add(r);
        }
        List<Participation> participation = new ArrayList<>();
        for (YamlNode n : f.list(PARTICIPATIONS)) {
            Fields pf = Fields.of(n, PARTICIPATION, ctx);
            if (pf == null) continue;
            String wg = pf.ref(WORKGROUP, "participation", "workgroup");
            LocalDate from = pf.date(FROM);
            LocalDate to = pf.date(TO);
            Text note = pf.text(NOTE);
            DateOrder.check(ctx, pf, "from", from, "to", to);
            pf.finish();
            if (wg != null && from != null) participation.add(new Participation(wg, from, to, note, pf.location()));
        }
        f.finish();
        if (id == null || name.isEmpty()) return null;
        return new Member(id, name, sortName, kind, region, country, joined, left, affiliation, bio, representative,
                links, consent, roles, participation, f.location());
    }

    /**
     * The member's region as {@code site.yaml} writes its code: codes match case-insensitively (SPEC §2), so
     * {@code AFRALO} and {@code afralo} are one region. Required when the site has regions.
     */
    private static String region(Fields f, ReadContext ctx, String who) {
        String written = f.string(REGION);
        if (ctx.regions() == null) return written;
        if (written == null) {
            if (!ctx.regions().isEmpty() && !f.has(REGION) && !f.misspelt("region")) {
                ctx.diag().error(f.location(), "missing-key", who + " has no region (one of "
                        + String.join(", ", ctx.regions().values()) + ")");
            }
            return null;
        }
        String code = ctx.regions().get(written.toLowerCase(Locale.ROOT));
        if (code == null) {
            String hint = Suggestion.hint(written, ctx.regions().values());
            ctx.diag().error(f.at(REGION), "dangling-reference", who + " refers to unknown region '" + written + "'"
                    + (hint.isEmpty() ? " (the regions of data/site.yaml: " + String.join(", ", ctx.regions().values()) + ")"
                            : hint));
        }
        return code;
    }

    private static Role readRole(YamlNode n, ReadContext ctx) {
        Fields rf = Fields.of(n, ROLE, ctx);
        if (rf == null) return null;
        RoleType type = rf.enumValue(ROLE_TYPE, RoleType.class, null);
        LocalDate from = rf.date(ROLE_FROM);
        LocalDate to = rf.date(ROLE_TO);
        DateOrder.check(ctx, rf, "from", from, "to", to);
        boolean rapporteur = type == RoleType.POLICY_RAPPORTEUR || type == RoleType.OUTREACH_RAPPORTEUR;
        String body = rapporteur ? rf.ref(ROLE_BODY, References.Kind.WORKGROUP, "rapporteur role", "workgroup (body)")
                : rf.string(ROLE_BODY);
        SelectionMethod by = rf.enumValue(SELECTED_BY, SelectionMethod.class, null);
        String draw = rf.ref(ROLE_DRAW, "role", "draw");
        if (draw != null && by != SelectionMethod.DRAW) {
            ctx.diag().error(rf.at(ROLE_DRAW), "bad-value", "a role with 'draw' must have selected_by: draw");
        }
        if (by == SelectionMethod.DRAW && draw == null) {
            ctx.diag().warning(rf.at(SELECTED_BY), "missing-key", "role selected by draw does not name the 'draw' that selected it");
        }
        rf.finish();
        if (type == null || from == null) return null;
        return new Role(type, from, to, body, by, draw, rf.location());
    }
}
