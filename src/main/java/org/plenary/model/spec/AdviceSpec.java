package org.plenary.model.spec;

import java.util.List;
import org.plenary.model.AdviceStatus;
import org.plenary.model.AdviceType;

/** {@code data/advice/}: advice statements (the 2017 review's Rec. 1). Bodies go in {@code content/advice/<id>/<lang>.md}. */
public final class AdviceSpec {
    private AdviceSpec() {
    }

    public static final Field COMMENT_OPEN = Field.date("comment_open").describe("The community's comment period opened, YYYY-MM-DD.");
    public static final Field COMMENT_CLOSE = Field.date("comment_close").describe("The comment period closed, YYYY-MM-DD.");
    public static final Field VOTE_OPEN = Field.date("vote_open").describe("The ratification vote opened, YYYY-MM-DD.");
    public static final Field VOTE_CLOSE = Field.date("vote_close").describe("The vote closed, YYYY-MM-DD.");
    public static final Field SUBMITTED = Field.date("submitted")
            .describe("Sent to its addressee, YYYY-MM-DD: the date lists, years and feeds go by when present.");
    public static final Shape DATES = Shape.of("advice dates", "The statement's milestones, in this order; at least one.",
            COMMENT_OPEN, COMMENT_CLOSE, VOTE_OPEN, VOTE_CLOSE, SUBMITTED)
            .anyOfRequired(List.of(List.of("comment_open"), List.of("comment_close"), List.of("vote_open"),
                    List.of("vote_close"), List.of("submitted")));

    public static final Field FOR = Field.integer("for", 0).required().describe("Votes in favour.");
    public static final Field AGAINST = Field.integer("against", 0).required().describe("Votes against.");
    public static final Field ABSTAIN = Field.integer("abstain", 0).describe("Abstentions.");
    public static final Field GROUP_SIZE = Field.integer("group_size", 1)
            .describe("How many could vote; for + against + abstain may not exceed it.");
    public static final Shape VOTE = Shape.of("vote", "The ratification vote.", FOR, AGAINST, ABSTAIN, GROUP_SIZE);

    public static final Field ID = Field.mixedId("id").required().example("AL-ALAC-ST-0317-02-00-EN")
            .describe("Unique id: letters, digits and hyphens. The page is /<lang>/advice/<id in lower case>/ and the"
                    + " body goes in content/advice/<id>/<lang>.md.");
    public static final Field TITLE = Field.text("title").required().describe("The statement's title; translatable.");
    public static final Field TYPE = Field.oneOf("type", AdviceType.class).required()
            .describe("What kind of advice it is; the archive can be filtered by it (the review's Rec. 1).");
    public static final Field STATUS = Field.oneOf("status", AdviceStatus.class).required()
            .describe("Where it stands: drafting, comment, vote, ratified, submitted or withdrawn.");
    public static final Field DATES_FIELD = Field.mapping("dates", DATES).required()
            .describe("Its milestones; at least one, e.g. submitted: 2017-03-02.");
    public static final Field PENHOLDERS = Field.list("penholders", Field.reference("penholder", "members"))
            .describe("Ids of the members who drafted it (data/members/).");
    public static final Field VOTE_FIELD = Field.mapping("vote", VOTE).describe("The ratification vote, if there was one.");
    public static final Field PUBLIC_COMMENT = Field.url("public_comment")
            .describe("The public comment proceeding it answers: an absolute http(s) address.");
    public static final Field WORKSPACE = Field.url("workspace").describe("The drafting workspace: an absolute http(s) address.");
    public static final Field TOPICS = Field.list("topics", Field.string("topic", Field.SLUG))
            .describe("Topics, as lower-case slugs like dns-abuse; the archive can be filtered by them.");
    public static final Field MEETING = Field.reference("meeting", "meetings")
            .describe("The id of the meeting it relates to (data/meetings.yaml).");
    public static final Field RELATED = Field.list("related", Field.reference("related statement", "advice"))
            .describe("Ids of related statements.");
    public static final Field SUMMARY = Field.text("summary")
            .describe("One or two sentences shown in lists and feeds; translatable.");
    public static final Field BODY = Field.text("body")
            .describe("The text itself, when not in content/advice/<id>/<lang>.md; translatable Markdown.");
    public static final Shape ADVICE = Shape.of("advice statement", "An advice statement of the community.",
            ID, TITLE, TYPE, STATUS, DATES_FIELD, PENHOLDERS, VOTE_FIELD, PUBLIC_COMMENT, WORKSPACE, TOPICS, MEETING, RELATED,
            SUMMARY, BODY);
}
