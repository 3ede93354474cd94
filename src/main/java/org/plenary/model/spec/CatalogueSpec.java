package org.plenary.model.spec;

import org.plenary.model.MeetingKind;
import org.plenary.model.WorkgroupKind;

/** The small reference registries: {@code data/workgroups.yaml}, {@code data/meetings.yaml}, {@code data/programmes.yaml}. */
public final class CatalogueSpec {
    private CatalogueSpec() {
    }

    public static final Field WORKGROUP_ID = Field.id("id").required().example("cpwg")
            .describe("Unique id: lower-case letters, digits and single hyphens; members' participation and rapporteur"
                    + " roles refer to it.");
    public static final Field WORKGROUP_NAME = Field.text("name").required().describe("The group's name; translatable.");
    public static final Field WORKGROUP_KIND = Field.oneOf("kind", WorkgroupKind.class).required()
            .describe("policy or outreach: it decides whether taking part counts as policy or outreach work in the metrics.");
    public static final Field CHARTERED_BY = Field.string("chartered_by").example("ALAC")
            .describe("The body that created the group.");
    public static final Field WORKGROUP_FROM = Field.date("from").describe("Date the group started, YYYY-MM-DD.");
    public static final Field WORKGROUP_TO = Field.date("to").describe("Date the group closed, YYYY-MM-DD, if it did.");
    public static final Field WORKGROUP_URL = Field.url("url").describe("Its workspace or charter: an absolute http(s) address.");
    public static final Shape WORKGROUP = Shape.of("workgroup", "A working group members take part in.",
            WORKGROUP_ID, WORKGROUP_NAME, WORKGROUP_KIND, CHARTERED_BY, WORKGROUP_FROM, WORKGROUP_TO, WORKGROUP_URL);

    public static final Field MEETING_ID = Field.mixedId("id").required().example("ICANN58")
            .describe("Unique id: letters, digits and hyphens, such as ICANN58. The meeting's page is"
                    + " /<lang>/travel/<id in lower case>/.");
    public static final Field NUMBER = Field.integer("number", 0).describe("The meeting's number, such as 58.");
    public static final Field CITY = Field.text("city").required().describe("Host city; translatable.");
    public static final Field MEETING_COUNTRY = Field.country("country")
            .describe("ISO 3166-1 alpha-2 code of the host country, such as DK.");
    public static final Field START = Field.date("start").required().describe("First day, YYYY-MM-DD.");
    public static final Field END = Field.date("end").required().describe("Last day, YYYY-MM-DD; not before start.");
    public static final Field MEETING_KIND = Field.oneOf("kind", MeetingKind.class)
            .describe("community-forum, policy-forum, agm (annual general meeting) or other (default).");
    public static final Field VIRTUAL = Field.bool("virtual").describe("true when the meeting was held online only.");
    public static final Shape MEETING = Shape.of("meeting", "A meeting travel support is given for.",
            MEETING_ID, NUMBER, CITY, MEETING_COUNTRY, START, END, MEETING_KIND, VIRTUAL);

    public static final Field PROGRAMME_ID = Field.id("id").required().example("fellowship")
            .describe("Unique id: lower-case letters, digits and single hyphens; travel records refer to it. The page is"
                    + " /<lang>/travel/programmes/<id>/.");
    public static final Field PROGRAMME_NAME = Field.text("name").required().describe("The programme's name; translatable.");
    public static final Field DESCRIPTION = Field.text("description").describe("What the programme is for; translatable.");
    public static final Field ELIGIBILITY = Field.text("eligibility").describe("Who may apply; translatable.");
    public static final Field HOW_TO_APPLY = Field.text("how_to_apply")
            .describe("How and when to apply (the 2017 review's Rec. 13); translatable Markdown.");
    public static final Field COVERS = Field.text("covers").describe("What the programme pays for; translatable.");
    public static final Field SLOTS = Field.integer("slots_per_meeting", 0)
            .describe("Travellers it funds per meeting at most; funding more is a rule warning.");
    public static final Field PROGRAMME_URL = Field.url("url").describe("The programme's own page: an absolute http(s) address.");
    public static final Shape PROGRAMME = Shape.of("programme", "A travel-support programme: how to apply, who may, what it covers.",
            PROGRAMME_ID, PROGRAMME_NAME, DESCRIPTION, ELIGIBILITY, HOW_TO_APPLY, COVERS, SLOTS, PROGRAMME_URL);
}
