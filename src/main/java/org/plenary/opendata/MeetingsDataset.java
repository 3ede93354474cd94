package org.plenary.opendata;

import static org.plenary.opendata.Datatype.ANY_URI;
import static org.plenary.opendata.Datatype.BOOLEAN;
import static org.plenary.opendata.Datatype.DATE;
import static org.plenary.opendata.Datatype.INTEGER;
import static org.plenary.opendata.Datatype.STRING;

import org.plenary.model.Meeting;
import org.plenary.output.SitePaths;

/** {@code meetings.csv/json}: the meetings travel support is given for, by number. */
final class MeetingsDataset {
    private final DataContext ctx;

    MeetingsDataset(DataContext ctx) {
        this.ctx = ctx;
    }

    Table table() {
        Table t = new Table("meetings", "Meetings",
                "The community's meetings: number, city, country, dates and kind, with the number of funded trips.");
        t.column("id", STRING, true, "Meeting identifier, e.g. ICANN58")
                .column("number", INTEGER, true, "Meeting number")
                .column("city", STRING, false, "City, in the default language")
                .column("country", STRING, false, "ISO 3166-1 alpha-2 country code")
                .column("start", DATE, true, "First day")
                .column("end", DATE, false, "Last day")
                .column("kind", STRING, false, "community-forum, policy-forum, agm or other")
                .column("virtual", BOOLEAN, true, "Held online")
                .column("funded_trips", INTEGER, true, "Funded trips, all members included")
                .column("page_url", ANY_URI, true, "Travel-support page of the meeting")
                .primaryKey("id");
        for (Meeting m : ctx.view.meetings()) {
            int funded = ctx.view.tallies().atMeeting(m.id()).funded();
            t.row().set("id", m.id())
                    .set("number", m.number())
                    .set("city", ctx.text(m.city()))
                    .set("country", m.country())
                    .set("start", m.start())
                    .set("end", m.end())
                    .set("kind", DataContext.code(m.kind()))
                    .set("virtual", m.virtual())
                    .set("funded_trips", funded)
                    .set("page_url", ctx.url(SitePaths.meeting(ctx.dflt, m.id())))
                    .extra("translations", ctx.translations(DataContext.fields("city", m.city())));
        }
        return t;
    }
}
