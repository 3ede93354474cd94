package org.plenary.render;

import org.plenary.output.ScriptJson;
import org.plenary.output.SitePaths;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.plenary.model.Advice;
import org.plenary.model.Meeting;
import org.plenary.model.Member;
import org.plenary.model.MemberKind;
import org.plenary.rules.MemberEntry;

/** schema.org descriptions of pages ({@code Person}, {@code Organization}, {@code Event}, {@code Report}) as JSON-LD. */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    static String member(PageContext ctx, Member m, String regionName) {
        ObjectNode o = base(m.kind() == MemberKind.ORGANIZATION ? "Organization" : "Person");
        o.put("name", ctx.name(m.name()));
        o.put("url", ctx.absolute(ctx.path()));
        o.put("identifier", m.id());
        if (m.country() != null) o.putObject("address").put("@type", "PostalAddress").put("addressCountry", m.country());
        ObjectNode org = o.putObject(m.kind() == MemberKind.ORGANIZATION ? "parentOrganization" : "memberOf");
        org.put("@type", "Organization");
        org.put("name", ctx.siteTitle() + (regionName.isEmpty() ? "" : " — " + regionName));
        if (!m.affiliation().isEmpty() && m.kind() != MemberKind.ORGANIZATION) {
            o.putObject("affiliation").put("@type", "Organization").put("name", ctx.text(m.affiliation()));
        }
        if (!m.links().isEmpty()) {
            ArrayNode same = o.putArray("sameAs");
            m.links().forEach(l -> same.add(l.url()));
        }
        return script(o);
    }

    static String meeting(PageContext ctx, Meeting m) {
        ObjectNode o = base("Event");
        o.put("name", m.id() + " — " + ctx.text(m.city()));
        o.put("url", ctx.absolute(ctx.path()));
        o.put("startDate", m.start().toString());
        o.put("endDate", m.end().toString());
        o.put("eventAttendanceMode", m.virtual() ? "https://schema.org/OnlineEventAttendanceMode"
                : "https://schema.org/OfflineEventAttendanceMode");
        if (!m.virtual()) {
            ObjectNode place = o.putObject("location");
            place.put("@type", "Place");
            place.put("name", ctx.text(m.city()));
            ObjectNode address = place.putObject("address");
            address.put("@type", "PostalAddress");
            address.put("addressLocality", ctx.text(m.city()));
            if (m.country() != null) address.put("addressCountry", m.country());
        }
        o.putObject("organizer").put("@type", "Organization").put("name", "ICANN").put("url", "https://www.icann.org/");
        return script(o);
    }

    static String advice(PageContext ctx, Advice a, Iterable<MemberEntry> penholders) {
        ObjectNode o = base("Report");
        o.put("name", ctx.text(a.title()));
        o.put("identifier", a.id());
        o.put("url", ctx.absolute(ctx.path()));
        if (a.dates().key() != null) o.put("datePublished", a.dates().key().toString());
        o.put("genre", a.type().code());
        o.put("inLanguage", ctx.lang());
        if (!a.summary().isEmpty()) o.put("abstract", ctx.text(a.summary()));
        ArrayNode authors = o.putArray("author");
        for (MemberEntry m : penholders) {
            ObjectNode p = authors.addObject();
            p.put("@type", m.kind() == MemberKind.ORGANIZATION ? "Organization" : "Person");
            p.put("name", ctx.name(m.name()));
            p.put("url", ctx.absolute(SitePaths.member(ctx.lang(), m.id())));
        }
        ArrayNode keywords = o.putArray("keywords");
        a.topics().forEach(keywords::add);
        o.putObject("publisher").put("@type", "Organization").put("name", ctx.siteTitle());
        return script(o);
    }

    private static ObjectNode base(String type) {
        ObjectNode o = JSON.createObjectNode();
        o.put("@context", "https://schema.org");
        o.put("@type", type);
        return o;
    }

    private static String script(ObjectNode o) {
        return ScriptJson.element("application/ld+json", o);
    }
}
