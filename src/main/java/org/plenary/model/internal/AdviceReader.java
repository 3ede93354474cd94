package org.plenary.model.internal;

import static org.plenary.model.spec.AdviceSpec.*;

import java.util.ArrayList;
import java.util.List;
import org.plenary.model.Advice;
import org.plenary.model.AdviceDates;
import org.plenary.model.AdviceStatus;
import org.plenary.model.AdviceType;
import org.plenary.model.Text;
import org.plenary.model.Vote;
import org.plenary.registry.YamlNode;

/** Reads {@code data/advice/}. */
final class AdviceReader {
    private AdviceReader() {
    }

    static Advice read(YamlNode node, ReadContext ctx) {
        Fields f = Fields.of(node, ADVICE, ctx);
        if (f == null) return null;
        String id = f.mixedCaseId(ID);
        String what = "advice '" + (id != null ? id : f.peek("id") != null ? f.peek("id") : "?") + "'";
        Text title = f.text(TITLE);
        AdviceType type = f.enumValue(TYPE, AdviceType.class, AdviceType.OTHER);
        AdviceStatus status = f.enumValue(STATUS, AdviceStatus.class, AdviceStatus.SUBMITTED);
        AdviceDates dates = new AdviceDates(null, null, null, null, null);
        Fields d = f.sub(DATES_FIELD);
        if (d != null) {
            dates = new AdviceDates(d.date(COMMENT_OPEN), d.date(COMMENT_CLOSE), d.date(VOTE_OPEN), d.date(VOTE_CLOSE),
                    d.date(SUBMITTED));
            DateOrder.check(ctx, d, "comment_open", dates.commentOpen(), "comment_close", dates.commentClose());
            DateOrder.check(ctx, d, "vote_open", dates.voteOpen(), "vote_close", dates.voteClose());
            DateOrder.check(ctx, d, "comment_close", dates.commentClose(), "vote_open", dates.voteOpen());
            DateOrder.check(ctx, d, "vote_close", dates.voteClose(), "submitted", dates.submitted());
            d.finish();
        }
        if (d != null && dates.key() == null) { // absent: reported as a missing required key
            ctx.diag().error(f.at(DATES_FIELD), "missing-key", "advice statement needs at least one date under 'dates' (e.g. submitted)");
        }
        List<String> penholders = f.refs(PENHOLDERS, what, "penholder");
        Vote vote = null;
        Fields v = f.sub(VOTE_FIELD);
        if (v != null) {
            Integer yes = v.integer(FOR);
            Integer no = v.integer(AGAINST);
            Integer abstain = v.integer(ABSTAIN);
            Integer size = v.integer(GROUP_SIZE);
            v.finish();
            if (yes != null && no != null) {
                int a = abstain == null ? 0 : abstain;
                if (size != null && (long) yes + no + a > size) { // long: three counts near Integer.MAX_VALUE must not wrap
                    ctx.diag().error(v.location(), "bad-value", "vote counts " + yes + "+" + no + "+" + a + " exceed group_size " + size);
                }
                vote = new Vote(yes, no, a, size == null ? 0 : size);
            }
        }
        String publicComment = Urls.absolute(f, PUBLIC_COMMENT);
        String workspace = Urls.absolute(f, WORKSPACE);
        List<String> topics = new ArrayList<>();
        for (String t : f.strings(TOPICS)) {
            if (t.matches(TOPICS.items().pattern())) {
                topics.add(t);
            } else {
                ctx.diag().error(f.at(TOPICS), "bad-id", "topic must be a lower-case slug like 'dns-abuse', not '" + t + "'");
            }
        }
        String meeting = f.ref(MEETING, what, "meeting");
        List<String> related = f.refs(RELATED, what, "related statement");
        Text summary = f.text(SUMMARY);
        Text body = f.text(BODY);
        f.finish();
        if (id == null || title.isEmpty()) return null;
        return new Advice(id, title, type, status, dates, penholders, vote, publicComment, workspace, topics, meeting,
                related, summary, body, f.location());
    }
}
