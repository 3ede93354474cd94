package org.plenary.model.internal;

import java.time.LocalDate;
import java.util.List;
import org.plenary.model.Airfare;
import org.plenary.model.ApplicationCount;
import org.plenary.model.Coverage;
import org.plenary.model.Money;
import org.plenary.model.TravelRecord;
import org.plenary.model.TravelStatus;
import org.plenary.registry.SourceFile;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;

/**
 * Reads {@code data/travel/}: either a meeting file {@code {meeting, records, applications}} or records that
 * each name their meeting.
 */
final class TravelReader {
    private TravelReader() {
    }

    static void read(SourceFile file, ReadContext ctx, List<TravelRecord> records, List<ApplicationCount> applications) {
        if (file.root() instanceof YamlMap m && (m.has("records") || m.has("applications"))) {
            Fields f = Fields.of(m, "travel file", ctx);
            String meeting = f.ref("meeting", true, References.Kind.MEETING, "travel record", "meeting");
            for (YamlNode n : f.list("records", false)) {
                TravelRecord r = record(n, ctx, meeting);
                if (r != null) records.add(r);
            }
            for (YamlNode n : f.list("applications", false)) {
                ApplicationCount a = application(n, ctx, meeting);
                if (a != null) applications.add(a);
            }
            f.finish();
            return;
        }
        for (YamlNode n : RecordNodes.of(file, "travel", ctx)) {
            TravelRecord r = record(n, ctx, null);
            if (r != null) records.add(r);
        }
    }

    private static TravelRecord record(YamlNode node, ReadContext ctx, String fileMeeting) {
        Fields f = Fields.of(node, "travel record", ctx);
        if (f == null) return null;
        String meeting = fileMeeting;
        if (fileMeeting == null) {
            meeting = f.ref("meeting", true, References.Kind.MEETING, "travel record", "meeting");
        } else if (f.has("meeting")) {
            String own = f.string("meeting", false);
            if (own != null && !own.equals(fileMeeting)) {
                ctx.diag().error(f.at("meeting"), "bad-value", "record names meeting '" + own + "' but its file is for '" + fileMeeting + "'");
            }
        }
        String member = f.ref("member", true, References.Kind.MEMBER, "travel record", "member");
        String programme = f.ref("programme", true, References.Kind.PROGRAMME, "travel record", "programme");
        TravelStatus status = f.enumValue("status", TravelStatus.class, true, null);
        LocalDate applied = f.date("applied", false);
        LocalDate decided = f.date("decided", false);
        DateOrder.check(ctx, f, "applied", applied, "decided", decided);
        Coverage covers = null;
        Fields c = f.sub("covers", "covers");
        if (c != null) {
            covers = new Coverage(c.enumValue("airfare", Airfare.class, false, null),
                    c.integer("hotel_nights", false, 0), c.integer("per_diem_days", false, 0));
            c.finish();
        }
        Money cost = null;
        Fields m = f.sub("cost", "cost");
        if (m != null) {
            var amount = m.decimal("amount", true);
            String currency = m.string("currency", false);
            if (currency == null) currency = "USD";
            if (!currency.matches("[A-Z]{3}")) {
                ctx.diag().error(m.at("currency"), "bad-value", "currency must be an ISO 4217 code like 'USD', not '" + currency + "'");
            } else if (amount != null) {
                cost = new Money(amount, currency);
            }
            m.finish();
        }
        var note = f.text("note", false);
        f.finish();
        if (meeting == null || member == null || programme == null || status == null) return null;
        return new TravelRecord(meeting, member, programme, status, applied, decided, covers, cost, note, f.location());
    }

    private static ApplicationCount application(YamlNode node, ReadContext ctx, String meeting) {
        Fields f = Fields.of(node, "application count", ctx);
        if (f == null) return null;
        String programme = f.ref("programme", true, References.Kind.PROGRAMME, "applications entry", "programme");
        Integer received = f.integer("received", true, 0);
        f.finish();
        if (programme == null || received == null || meeting == null) return null;
        return new ApplicationCount(meeting, programme, received, f.location());
    }
}
