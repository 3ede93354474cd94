package org.plenary.opendata;

import static org.plenary.opendata.Datatype.ANY_URI;
import static org.plenary.opendata.Datatype.INTEGER;
import static org.plenary.opendata.Datatype.STRING;

import org.plenary.model.Programme;
import org.plenary.output.SitePaths;

/** {@code programmes.csv/json}: the travel-support programmes and how to apply (Rec. 13). */
final class ProgrammesDataset {
    private final DataContext ctx;

    ProgrammesDataset(DataContext ctx) {
        this.ctx = ctx;
    }

    Table table() {
        Table t = new Table("programmes", "Travel-support programmes",
                "The travel-support programmes: who may apply, how to apply, what they cover and how many slots each "
                        + "meeting has.");
        t.column("id", STRING, true, "Programme identifier")
                .column("name", STRING, true, "Name, in the default language")
                .column("description", STRING, false, "Description, in the default language")
                .column("eligibility", STRING, false, "Who may apply, in the default language")
                .column("how_to_apply", STRING, false, "How to apply (Markdown), in the default language")
                .column("covers", STRING, false, "What the programme pays for, in the default language")
                .column("slots_per_meeting", INTEGER, false, "Travel slots per meeting, when fixed")
                .column("funded_trips", INTEGER, true, "Funded trips ever, all members included")
                .column("url", ANY_URI, false, "The programme's own page, if any")
                .column("page_url", ANY_URI, true, "The programme's page on this site")
                .primaryKey("id");
        for (Programme p : ctx.view.programmes()) {
            int funded = ctx.view.tallies().fundedBy(p.id());
            t.row().set("id", p.id())
                    .set("name", ctx.text(p.name()) == null ? p.id() : ctx.text(p.name()))
                    .set("description", ctx.text(p.description()))
                    .set("eligibility", ctx.text(p.eligibility()))
                    .set("how_to_apply", ctx.text(p.howToApply()))
                    .set("covers", ctx.text(p.covers()))
                    .set("slots_per_meeting", p.slotsPerMeeting())
                    .set("funded_trips", funded)
                    .set("url", p.url())
                    .set("page_url", ctx.url(SitePaths.programme(ctx.dflt, p.id())))
                    .extra("translations", ctx.translations(DataContext.fields("name", p.name(), "description",
                            p.description(), "eligibility", p.eligibility(), "how_to_apply", p.howToApply(),
                            "covers", p.covers())));
        }
        return t;
    }
}
