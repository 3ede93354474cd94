package org.plenary.opendata;

import static org.plenary.opendata.Datatype.BOOLEAN;
import static org.plenary.opendata.Datatype.DATE;
import static org.plenary.opendata.Datatype.INTEGER;
import static org.plenary.opendata.Datatype.STRING;
import static org.plenary.opendata.Datatype.ANY_URI;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import org.plenary.model.Link;
import org.plenary.model.Member;
import org.plenary.model.Participation;
import org.plenary.model.Role;
import org.plenary.output.SitePaths;
import org.plenary.rules.Standing;

/**
 * {@code members.csv/json}: every member whose consent is public, with their status as of {@code as_of}.
 * Aggregate-only members are left out entirely; the model never carries {@code private} data.
 */
final class MembersDataset {
    private final DataContext ctx;

    MembersDataset(DataContext ctx) {
        this.ctx = ctx;
    }

    Table table() {
        Table t = new Table("members", "Members",
                "People and end-user organizations of the community who agreed to be named, with their participation "
                        + "status as of " + ctx.site.asOf() + ". Members who asked to be counted only in aggregates are "
                        + "not listed.");
        t.column("id", STRING, true, "Member identifier (also the last part of the profile URL)")
                .column("name", STRING, true, "Name in the default language")
                .column("sort_name", STRING, false, "Collation key for sorting by name, when given")
                .column("kind", STRING, true, "individual or organization")
                .column("region", STRING, false, "Regional organization code")
                .column("country", STRING, false, "ISO 3166-1 alpha-2 country code")
                .column("joined", DATE, false, "Date the member joined")
                .column("left", DATE, false, "Date the member left, if they did")
                .column("affiliation", STRING, false, "Affiliation, in the default language")
                .column("representative", STRING, false, "Representative of an organization")
                .column("active", BOOLEAN, true, "Active member as of as_of (a continuous participation period of at least "
                        + ctx.site.rules().activeMinMonths() + " months)")
                .column("active_since", DATE, false, "Start of the current qualifying participation period")
                .column("voting", BOOLEAN, true, "Holds voting rights as of as_of")
                .column("voting_until", DATE, false, "Last day of voting rights, when an end is known")
                .column("active_months", INTEGER, true, "Whole months of qualifying participation up to as_of")
                .column("candidacy", BOOLEAN, true, "Meets the ALAC candidacy rule (at least "
                        + ctx.site.rules().alacCandidacyMinMonths() + " months of active participation)")
                .column("in_policy_work", BOOLEAN, true, "Currently takes part in a policy working group")
                .column("in_outreach", BOOLEAN, true, "Currently takes part in an outreach working group")
                .column("funded_trips", INTEGER, true, "Funded trips ever")
                .column("trips_left", INTEGER, true, "Trips left under the lifetime cap of "
                        + ctx.site.rules().travelLifetimeCap())
                .column("profile_url", ANY_URI, true, "Profile page")
                .primaryKey("id");
        ctx.view.members().stream()
                .sorted(Comparator.comparing(Member::id))
                .forEach(m -> row(t, m));
        return t;
    }

    private void row(Table t, Member m) {
        Standing s = ctx.view.standing(m.id());
        Row r = t.row()
                .set("id", m.id())
                .set("name", ctx.text(m.name()))
                .set("sort_name", m.sortName())
                .set("kind", DataContext.code(m.kind()))
                .set("region", m.region())
                .set("country", m.country())
                .set("joined", m.joined())
                .set("left", m.left())
                .set("affiliation", ctx.text(m.affiliation()))
                .set("representative", m.representative())
                .set("active", s != null && s.active())
                .set("active_since", s == null ? null : s.activeSince())
                .set("voting", s != null && s.voting())
                .set("voting_until", s == null ? null : s.votingUntil())
                .set("active_months", s == null ? 0L : s.activeMonths())
                .set("candidacy", s != null && s.alacEligible())
                .set("in_policy_work", s != null && s.inPolicyWork())
                .set("in_outreach", s != null && s.inOutreach())
                .set("funded_trips", s == null ? 0 : s.fundedTrips())
                .set("trips_left", s == null ? ctx.site.rules().travelLifetimeCap() : s.tripsLeft())
                .set("profile_url", ctx.url(SitePaths.member(ctx.dflt, m.id())));
        r.extra("translations", ctx.translations(DataContext.fields(
                "name", m.name(), "affiliation", m.affiliation(), "bio", m.bio())));
        ArrayNode links = Json.array();
        for (Link l : m.links()) {
            ObjectNode o = links.addObject();
            o.put("title", ctx.text(l.title()));
            o.put("url", l.url());
        }
        r.extra("links", links);
        ArrayNode roles = Json.array();
        for (Role role : m.roles()) {
            ObjectNode o = roles.addObject();
            o.put("role", DataContext.code(role.role()));
            o.put("body", role.body());
            o.put("from", str(role.from()));
            o.put("to", str(role.to()));
            o.put("selected_by", DataContext.code(role.selectedBy()));
            o.put("draw", role.draw());
        }
        r.extra("roles", roles);
        ArrayNode participation = Json.array();
        for (Participation p : m.participation()) {
            ObjectNode o = participation.addObject();
            o.put("workgroup", p.workgroup());
            o.put("from", str(p.from()));
            o.put("to", str(p.to()));
            o.put("note", ctx.text(p.note()));
        }
        r.extra("participation", participation);
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
