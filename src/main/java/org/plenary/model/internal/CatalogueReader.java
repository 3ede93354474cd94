package org.plenary.model.internal;

import static org.plenary.model.spec.CatalogueSpec.*;

import java.time.LocalDate;
import org.plenary.model.Meeting;
import org.plenary.model.MeetingKind;
import org.plenary.model.Programme;
import org.plenary.model.Text;
import org.plenary.model.Workgroup;
import org.plenary.model.WorkgroupKind;
import org.plenary.registry.YamlNode;

/** Reads the small reference registries: workgroups, meetings, travel programmes ({@link org.plenary.model.spec.CatalogueSpec}). */
final class CatalogueReader {
    private CatalogueReader() {
    }

    static Workgroup workgroup(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, WORKGROUP, ctx);
        if (f == null) return null;
        String id = f.id(WORKGROUP_ID);
        Text name = f.text(WORKGROUP_NAME);
        WorkgroupKind kind = f.enumValue(WORKGROUP_KIND, WorkgroupKind.class, WorkgroupKind.POLICY);
        String charteredBy = f.string(CHARTERED_BY);
        LocalDate from = f.date(WORKGROUP_FROM);
        LocalDate to = f.date(WORKGROUP_TO);
        DateOrder.check(ctx, f, "from", from, "to", to);
        String url = Urls.absolute(f, WORKGROUP_URL);
        f.finish();
        if (id == null) return null;
        return new Workgroup(id, name, kind, charteredBy, from, to, url, f.location());
    }

    static Meeting meeting(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, MEETING, ctx);
        if (f == null) return null;
        String id = f.mixedCaseId(MEETING_ID);
        Integer number = f.integer(NUMBER);
        Text city = f.text(CITY);
        String country = Iso3166.read(f, MEETING_COUNTRY);
        LocalDate start = f.date(START);
        LocalDate end = f.date(END);
        DateOrder.check(ctx, f, "start", start, "end", end);
        MeetingKind kind = f.enumValue(MEETING_KIND, MeetingKind.class, MeetingKind.OTHER);
        boolean virtual = f.bool(VIRTUAL, false);
        f.finish();
        if (id == null || start == null || end == null) return null;
        return new Meeting(id, number == null ? 0 : number, city, country, start, end, kind, virtual, f.location());
    }

    static Programme programme(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, PROGRAMME, ctx);
        if (f == null) return null;
        String id = f.id(PROGRAMME_ID);
        Text name = f.text(PROGRAMME_NAME);
        Text description = f.text(DESCRIPTION);
        Text eligibility = f.text(ELIGIBILITY);
        Text howToApply = f.text(HOW_TO_APPLY);
        Text covers = f.text(COVERS);
        Integer slots = f.integer(SLOTS);
        String url = Urls.absolute(f, PROGRAMME_URL);
        f.finish();
        if (id == null) return null;
        return new Programme(id, name, description, eligibility, howToApply, covers, slots, url, f.location());
    }
}
