package org.plenary.opendata;

import static org.plenary.opendata.Datatype.ANY_URI;
import static org.plenary.opendata.Datatype.DATE;
import static org.plenary.opendata.Datatype.STRING;

import org.plenary.model.Workgroup;

/** {@code workgroups.csv/json}: the working groups whose participation earns voting rights. */
final class WorkgroupsDataset {
    private final DataContext ctx;

    WorkgroupsDataset(DataContext ctx) {
        this.ctx = ctx;
    }

    Table table() {
        Table t = new Table("workgroups", "Working groups",
                "The policy and outreach working groups; taking part in them is what makes a member active.");
        t.column("id", STRING, true, "Working group identifier")
                .column("name", STRING, true, "Name, in the default language")
                .column("kind", STRING, true, "policy or outreach")
                .column("chartered_by", STRING, false, "Body that chartered the group")
                .column("from", DATE, false, "First day")
                .column("to", DATE, false, "Last day, if closed")
                .column("url", ANY_URI, false, "The group's own page, if any")
                .primaryKey("id");
        for (Workgroup w : ctx.view.workgroups()) {
            t.row().set("id", w.id())
                    .set("name", ctx.text(w.name()) == null ? w.id() : ctx.text(w.name()))
                    .set("kind", DataContext.code(w.kind()))
                    .set("chartered_by", w.charteredBy())
                    .set("from", w.from())
                    .set("to", w.to())
                    .set("url", w.url())
                    .extra("translations", ctx.translations(DataContext.fields("name", w.name())));
        }
        return t;
    }
}
