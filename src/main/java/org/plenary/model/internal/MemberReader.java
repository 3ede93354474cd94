package org.plenary.model.internal;

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

/** Reads {@code data/members/}. The {@code private} mapping is accepted and dropped here, on purpose. */
final class MemberReader {
    private MemberReader() {
    }

    static Member read(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, "member", ctx);
        if (f == null) return null;
        String id = f.id("id", true);
        String who = "member '" + (id != null ? id : f.peek("id") != null ? f.peek("id") : "?") + "'";
        Text name = f.name("name", true);
        String sortName = f.string("sort_name", false);
        MemberKind kind = f.enumValue("kind", MemberKind.class, false, MemberKind.INDIVIDUAL);
        String region = region(f, ctx, who);
        String country = Iso3166.read(f, "country");
        LocalDate joined = f.date("joined", false);
        LocalDate left = f.date("left", false);
        DateOrder.check(ctx, f, "joined", joined, "left", left);
        Text affiliation = f.text("affiliation", false);
        Text bio = f.text("bio", false);
        String representative = f.string("representative", false);
        if (representative != null && kind != MemberKind.ORGANIZATION) {
            ctx.diag().error(f.at("representative"), "bad-value", "'representative' only applies to kind: organization");
        }
        List<Link> links = new ArrayList<>();
        for (YamlNode n : f.list("links", false)) {
            Fields lf = Fields.of(n, "link", ctx);
            if (lf == null) continue;
            Text title = lf.text("title", true);
            String url = Urls.absolute(lf, "url", true);
            lf.finish();
            if (url != null) links.add(new Link(title, url));
        }
        Consent consent = f.enumValue("consent", Consent.class, false, Consent.PUBLIC);
        f.ignore("private");
        List<Role> roles = new ArrayList<>();
        for (YamlNode n : f.list("roles", false)) {
            Role r = readRole(n, ctx);
            if (r != null) roles.add(r);
        }
        List<Participation> participation = new ArrayList<>();
        for (YamlNode n : f.list("participation", false)) {
            Fields pf = Fields.of(n, "participation entry", ctx);
            if (pf == null) continue;
            String wg = pf.ref("workgroup", true, References.Kind.WORKGROUP, "participation", "workgroup");
            LocalDate from = pf.date("from", true);
            LocalDate to = pf.date("to", false);
            Text note = pf.text("note", false);
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
        String written = f.string("region", false);
        if (ctx.regions() == null) return written;
        if (written == null) {
            if (!ctx.regions().isEmpty() && !f.has("region") && !f.misspelt("region")) {
                ctx.diag().error(f.location(), "missing-key", who + " has no region (one of "
                        + String.join(", ", ctx.regions().values()) + ")");
            }
            return null;
        }
        String code = ctx.regions().get(written.toLowerCase(Locale.ROOT));
        if (code == null) {
            ctx.diag().error(f.at("region"), "dangling-reference", who + " refers to unknown region '" + written + "'"
                    + Suggestion.hint(written, ctx.regions().values()));
        }
        return code;
    }

    private static Role readRole(YamlNode n, ReadContext ctx) {
        Fields rf = Fields.of(n, "role", ctx);
        if (rf == null) return null;
        RoleType type = rf.enumValue("role", RoleType.class, true, null);
        LocalDate from = rf.date("from", true);
        LocalDate to = rf.date("to", false);
        DateOrder.check(ctx, rf, "from", from, "to", to);
        boolean rapporteur = type == RoleType.POLICY_RAPPORTEUR || type == RoleType.OUTREACH_RAPPORTEUR;
        String body = rapporteur ? rf.ref("body", false, References.Kind.WORKGROUP, "rapporteur role", "workgroup (body)")
                : rf.string("body", false);
        SelectionMethod by = rf.enumValue("selected_by", SelectionMethod.class, false, null);
        String draw = rf.ref("draw", false, References.Kind.DRAW, "role", "draw");
        if (draw != null && by != SelectionMethod.DRAW) {
            ctx.diag().error(rf.at("draw"), "bad-value", "a role with 'draw' must have selected_by: draw");
        }
        if (by == SelectionMethod.DRAW && draw == null) {
            ctx.diag().warning(rf.at("selected_by"), "missing-key", "role selected by draw does not name the 'draw' that selected it");
        }
        rf.finish();
        if (type == null || from == null) return null;
        return new Role(type, from, to, body, by, draw, rf.location());
    }
}
