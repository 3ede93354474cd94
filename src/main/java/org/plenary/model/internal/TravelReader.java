package org.plenary.model.internal;

import static org.plenary.model.spec.TravelSpec.*;

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
            Fields f = Fields.of(m, FILE, ctx);
            String meeting = f.ref(FILE_MEETING, "travel record", "meeting");
            for (YamlNode n : f.list(RECORDS)) {
                TravelRecord r = record(n, ctx, meeting);
                if (r != null) records.add(r);
            }
            for (YamlNode n : f.list(APPLICATIONS)) {
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
        Fields f = Fields.of(node, fileMeeting == null ? RECORD_ALONE : RECORD, ctx);
        if (f == null) return null;
        String meeting = fileMeeting;
        if (fileMeeting == null) {
            meeting = f.ref(RECORD_ALONE.field("meeting"), "travel record", "meeting");
        } else if (f.has(MEETING)) {
            String own = f.string(MEETING);
            if (own != null && !own.equals(fileMeeting)) {
                ctx.diag().error(f.at(MEETING), "bad-value", "record names meeting '" + own + "' but its file is for '" + fileMeeting + "'");
            }
        }
        String member = f.ref(MEMBER, "travel record", "member");
        String programme = f.ref(PROGRAMME, "travel record", "programme");
        TravelStatus status = f.enumValue(STATUS, TravelStatus.class, null);
        LocalDate applied = f.date(APPLIED);
        LocalDate decided = f.date(DECIDED);
        DateOrder.check(ctx, f, "applied", applied, "decided", decided);
        Coverage covers = null;
        Fields c = f.sub(COVERS);
        if (c != null) {
            covers = new Coverage(c.enumValue(AIRFARE, Airfare.class, null), c.integer(HOTEL_NIGHTS), c.integer(PER_DIEM_DAYS));
            c.finish();
        }
        Money cost = null;
        Fields m = f.sub(COST_FIELD);
        if (m != null) {
            var amount = m.decimal(AMOUNT);
            String currency = m.string(CURRENCY);
            if (currency == null) currency = "USD";
            if (!currency.matches(CURRENCY.pattern())) {
                ctx.diag().error(m.at(CURRENCY), "bad-value", "currency must be an ISO 4217 code like 'USD', not '" + currency + "'");
            } else if (amount != null) {
                cost = new Money(amount, currency);
            }
            m.finish();
        }
        var note = f.text(NOTE);
        f.finish();
        if (meeting == null || member == null || programme == null || status == null) return null;
        return new TravelRecord(meeting, member, programme, status, applied, decided, covers, cost, note, f.location());
    }

    private static ApplicationCount application(YamlNode node, ReadContext ctx, String meeting) {
        Fields f = Fields.of(node, APPLICATION, ctx);
        if (f == null) return null;
        String programme = f.ref(APPLICATION_PROGRAMME, "applications entry", "programme");
        Integer received = f.integer(RECEIVED);
        f.finish();
        if (programme == null || received == null || meeting == null) return null;
        return new ApplicationCount(meeting, programme, received, f.location());
    }
}
