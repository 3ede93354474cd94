package org.plenary.model.internal;

import java.time.LocalDate;
import org.plenary.model.Meeting;
import org.plenary.model.MeetingKind;
import org.plenary.model.Programme;
import org.plenary.model.Text;
import org.plenary.model.Workgroup;
import org.plenary.model.WorkgroupKind;
import org.plenary.registry.YamlNode;

/** Reads the small reference registries: workgroups, meetings, travel programmes. */
final class CatalogueReader {
    private CatalogueReader() {
    }

    static Workgroup workgroup(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, "workgroup", ctx);
        if (f == null) return null;
        String id = f.id("id", true);
        Text name = f.text("name", true);
        WorkgroupKind kind = f.enumValue("kind", WorkgroupKind.class, true, WorkgroupKind.POLICY);
        String charteredBy = f.string("chartered_by", false);
        LocalDate from = f.date("from", false);
        LocalDate to = f.date("to", false);
        DateOrder.check(ctx, f, "from", from, "to", to);
        String url = Urls.absolute(f, "url", false);
        f.finish();
        if (id == null) return null;
        return new Workgroup(id, name, kind, charteredBy, from, to, url, f.location());
    }

    static Meeting meeting(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, "meeting", ctx);
        if (f == null) return null;
        String id = f.mixedCaseId("id", "ICANN58");
        Integer number = f.integer("number", false, 0);
        Text city = f.text("city", true);
        String country = Iso3166.read(f, "country");
        LocalDate start = f.date("start", true);
        LocalDate end = f.date("end", true);
        DateOrder.check(ctx, f, "start", start, "end", end);
        MeetingKind kind = f.enumValue("kind", MeetingKind.class, false, MeetingKind.OTHER);
        boolean virtual = f.bool("virtual", false);
        f.finish();
        if (id == null || start == null || end == null) return null;
        return new Meeting(id, number == null ? 0 : number, city, country, start, end, kind, virtual, f.location());
    }

    static Programme programme(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, "programme", ctx);
        if (f == null) return null;
        String id = f.id("id", true);
        Text name = f.text("name", true);
        Text description = f.text("description", false);
        Text eligibility = f.text("eligibility", false);
        Text howToApply = f.text("how_to_apply", false);
        Text covers = f.text("covers", false);
        Integer slots = f.integer("slots_per_meeting", false, 0);
        String url = Urls.absolute(f, "url", false);
        f.finish();
        if (id == null) return null;
        return new Programme(id, name, description, eligibility, howToApply, covers, slots, url, f.location());
    }
}
