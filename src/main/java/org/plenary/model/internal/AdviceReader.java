package org.plenary.model.internal;

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
        Fields f = Fields.of(node, "advice statement", ctx);
        if (f == null) return null;
        String id = f.mixedCaseId("id", "AL-ALAC-ST-0317-02-00-EN");
        String what = "advice '" + (id != null ? id : f.peek("id") != null ? f.peek("id") : "?") + "'";
        Text title = f.text("title", true);
        AdviceType type = f.enumValue("type", AdviceType.class, true, AdviceType.OTHER);
        AdviceStatus status = f.enumValue("status", AdviceStatus.class, true, AdviceStatus.SUBMITTED);
        AdviceDates dates = new AdviceDates(null, null, null, null, null);
        Fields d = f.sub("dates", "advice dates");
        if (d != null) {
            dates = new AdviceDates(d.date("comment_open", false), d.date("comment_close", false),
                    d.date("vote_open", false), d.date("vote_close", false), d.date("submitted", false));
            DateOrder.check(ctx, d, "comment_open", dates.commentOpen(), "comment_close", dates.commentClose());
            DateOrder.check(ctx, d, "vote_open", dates.voteOpen(), "vote_close", dates.voteClose());
            DateOrder.check(ctx, d, "comment_close", dates.commentClose(), "vote_open", dates.voteOpen());
            DateOrder.check(ctx, d, "vote_close", dates.voteClose(), "submitted", dates.submitted());
            d.finish();
        }
        if (dates.key() == null) {
            ctx.diag().error(f.at("dates"), "missing-key", "advice statement needs at least one date under 'dates' (e.g. submitted)");
        }
        List<String> penholders = f.refs("penholders", References.Kind.MEMBER, what, "penholder");
        Vote vote = null;
        Fields v = f.sub("vote", "vote");
        if (v != null) {
            Integer yes = v.integer("for", true, 0);
            Integer no = v.integer("against", true, 0);
            Integer abstain = v.integer("abstain", false, 0);
            Integer size = v.integer("group_size", false, 1);
            v.finish();
            if (yes != null && no != null) {
                int a = abstain == null ? 0 : abstain;
                if (size != null && yes + no + a > size) {
                    ctx.diag().error(v.location(), "bad-value", "vote counts " + yes + "+" + no + "+" + a + " exceed group_size " + size);
                }
                vote = new Vote(yes, no, a, size == null ? 0 : size);
            }
        }
        String publicComment = Urls.absolute(f, "public_comment", false);
        String workspace = Urls.absolute(f, "workspace", false);
        List<String> topics = new ArrayList<>();
        for (String t : f.strings("topics")) {
            if (Fields.SLUG.matcher(t).matches()) {
                topics.add(t);
            } else {
                ctx.diag().error(f.at("topics"), "bad-id", "topic must be a lower-case slug like 'dns-abuse', not '" + t + "'");
            }
        }
        String meeting = f.ref("meeting", false, References.Kind.MEETING, what, "meeting");
        List<String> related = f.refs("related", References.Kind.ADVICE, what, "related statement");
        Text summary = f.text("summary", false);
        Text body = f.text("body", false);
        f.finish();
        if (id == null || title.isEmpty()) return null;
        return new Advice(id, title, type, status, dates, penholders, vote, publicComment, workspace, topics, meeting,
                related, summary, body, f.location());
    }
}
