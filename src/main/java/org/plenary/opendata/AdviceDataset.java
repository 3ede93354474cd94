package org.plenary.opendata;

import static org.plenary.opendata.Datatype.ANY_URI;
import static org.plenary.opendata.Datatype.DATE;
import static org.plenary.opendata.Datatype.INTEGER;
import static org.plenary.opendata.Datatype.STRING;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plenary.model.Advice;
import org.plenary.model.AdviceDates;
import org.plenary.model.Vote;
import org.plenary.output.SitePaths;

/** {@code advice.csv/json}: the advice archive (Rec. 1), one row per statement. */
final class AdviceDataset {
    private final DataContext ctx;

    AdviceDataset(DataContext ctx) {
        this.ctx = ctx;
    }

    Table table() {
        Table t = new Table("advice", "Advice statements",
                "Every advice statement: type, status, dates, penholders, the vote, topics, related statements and "
                        + "the languages its text is published in.");
        t.column("id", STRING, true, "Statement identifier, e.g. AL-ALAC-ST-0317-02-00-EN")
                .column("title", STRING, true, "Title, in the default language")
                .column("type", STRING, true, "public-comment, gnso-input, board-advice, correspondence, white-paper, "
                        + "declaration or other")
                .column("status", STRING, true, "drafting, comment, vote, ratified, submitted or withdrawn")
                .column("comment_open", DATE, false, "Community comment period opened")
                .column("comment_close", DATE, false, "Community comment period closed")
                .column("vote_open", DATE, false, "Ratification vote opened")
                .column("vote_close", DATE, false, "Ratification vote closed")
                .column("submitted", DATE, false, "Date submitted")
                .listColumn("penholders", " ", "Identifiers of the named penholders (members.csv), space-separated")
                .column("penholders_unnamed", INTEGER, true, "Penholders counted only in aggregates, not named")
                .column("vote_for", INTEGER, false, "Votes in favour")
                .column("vote_against", INTEGER, false, "Votes against")
                .column("vote_abstain", INTEGER, false, "Abstentions")
                .column("vote_group_size", INTEGER, false, "Members entitled to vote")
                .listColumn("topics", " ", "Topic slugs, space-separated")
                .column("meeting", STRING, false, "Meeting the statement belongs to")
                .listColumn("related", " ", "Identifiers of related statements, space-separated")
                .column("public_comment", ANY_URI, false, "The public comment proceeding it answers")
                .column("workspace", ANY_URI, false, "The drafting workspace")
                .listColumn("languages", " ", "Language codes the text is published in, space-separated")
                .column("summary", STRING, false, "Summary, in the default language")
                .column("page_url", ANY_URI, true, "The statement's page")
                .primaryKey("id")
                .foreignKey("meeting", "meetings.csv", "id");
        List<Advice> all = new ArrayList<>(ctx.view.advice());
        all.sort(Comparator.comparing(Advice::id));
        for (Advice a : all) {
            List<String> named = a.penholders();
            int unnamed = ctx.view.withheldPenholders(a.id());
            AdviceDates d = a.dates();
            Vote v = a.vote();
            t.row().set("id", a.id())
                    .set("title", ctx.text(a.title()) == null ? a.id() : ctx.text(a.title()))
                    .set("type", DataContext.code(a.type()))
                    .set("status", DataContext.code(a.status()))
                    .set("comment_open", d == null ? null : d.commentOpen())
                    .set("comment_close", d == null ? null : d.commentClose())
                    .set("vote_open", d == null ? null : d.voteOpen())
                    .set("vote_close", d == null ? null : d.voteClose())
                    .set("submitted", d == null ? null : d.submitted())
                    .set("penholders", named)
                    .set("penholders_unnamed", unnamed)
                    .set("vote_for", v == null ? null : v.inFavour())
                    .set("vote_against", v == null ? null : v.against())
                    .set("vote_abstain", v == null ? null : v.abstain())
                    .set("vote_group_size", v == null ? null : v.groupSize())
                    .set("topics", a.topics())
                    .set("meeting", a.meeting())
                    .set("related", a.related())
                    .set("public_comment", a.publicComment())
                    .set("workspace", a.workspace())
                    .set("languages", ctx.bodyLanguages(a.id()))
                    .set("summary", ctx.text(a.summary()))
                    .set("page_url", ctx.url(SitePaths.statement(ctx.dflt, a.id())))
                    .extra("translations", ctx.translations(DataContext.fields("title", a.title(), "summary", a.summary())));
        }
        return t;
    }
}
