package org.plenary.model.spec;

import org.plenary.model.Consent;
import org.plenary.model.MemberKind;
import org.plenary.model.RoleType;
import org.plenary.model.SelectionMethod;

/** {@code data/members/}: people and end-user organizations, their roles and their participation. */
public final class MemberSpec {
    private MemberSpec() {
    }

    public static final Field LINK_TITLE = Field.text("title").required()
            .describe("What the link leads to, as shown on the profile; translatable.");
    public static final Field LINK_URL = Field.url("url").required().example("https://example.org/")
            .describe("Absolute http(s) address.");
    public static final Shape LINK = Shape.of("link", "A link shown on the member's profile.", LINK_TITLE, LINK_URL);

    public static final Field ROLE_TYPE = Field.oneOf("role", RoleType.class).required()
            .describe("The position held. Term limits (SPEC §3) apply to alac-member, the rapporteurs and coe-member.");
    public static final Field ROLE_FROM = Field.date("from").required().describe("First day in the role, YYYY-MM-DD.");
    public static final Field ROLE_TO = Field.date("to")
            .describe("Last day in the role, YYYY-MM-DD; leave out while the role is held.");
    public static final Field ROLE_BODY = Field.string("body").example("cpwg")
            .describe("For a liaison, the body liaised with (GNSO, ccNSO, SSAC, ASO, GAC…); for a policy or outreach"
                    + " rapporteur, the id of the working group (data/workgroups.yaml).");
    public static final Field SELECTED_BY = Field.oneOf("selected_by", SelectionMethod.class)
            .describe("How the person was chosen. With draw, name the draw record too.");
    public static final Field ROLE_DRAW = Field.reference("draw", "draws")
            .describe("With selected_by: draw, the id of the draw that selected them (data/draws/); its page then links here.");
    public static final Shape ROLE = Shape.of("role", "A position held, with its dates and how the person was chosen.",
            ROLE_TYPE, ROLE_FROM, ROLE_TO, ROLE_BODY, SELECTED_BY, ROLE_DRAW);

    public static final Field WORKGROUP = Field.reference("workgroup", "workgroups").required().example("cpwg")
            .describe("The id of the working group (data/workgroups.yaml).");
    public static final Field FROM = Field.date("from").required().describe("First day of the period, YYYY-MM-DD.");
    public static final Field TO = Field.date("to").describe("Last day of the period, YYYY-MM-DD; leave out while ongoing.");
    public static final Field NOTE = Field.text("note").describe("A remark on the period; translatable.");
    public static final Shape PARTICIPATION = Shape.of("participation entry", "A period of activity in a working group:"
                    + " what makes a member active and earns voting rights (SPEC §3).",
            WORKGROUP, FROM, TO, NOTE);

    public static final Field ID = Field.id("id").required().example("jane-doe")
            .describe("Unique id: lower-case letters, digits and single hyphens. The profile is /<lang>/members/<id>/;"
                    + " travel records, advice and draws refer to the member by it.");
    public static final Field NAME = Field.text("name").required().example("Jane Doe")
            .describe("Name in any script; translatable, for transliterations: {en: …, ar: …}.");
    public static final Field SORT_NAME = Field.string("sort_name").example("Doe, Jane")
            .describe("What the directory sorts by in the default language (default: the name).");
    public static final Field KIND = Field.oneOf("kind", MemberKind.class)
            .describe("individual (default) or organization, an end-user association (formerly ALS) with a representative.");
    public static final Field REGION = Field.string("region").example("afralo")
            .describe("The code of the member's region, from data/site.yaml (any case). Required when the site has regions.");
    public static final Field COUNTRY = Field.country("country").example("KE")
            .describe("ISO 3166-1 alpha-2 country code, such as KE, BR or FR.");
    public static final Field JOINED = Field.date("joined").describe("Date the member joined, YYYY-MM-DD.");
    public static final Field LEFT = Field.date("left").describe("Date the member left, YYYY-MM-DD, if they did.");
    public static final Field AFFILIATION = Field.text("affiliation")
            .describe("The organization they work or study at; translatable.");
    public static final Field BIO = Field.text("bio").describe("A few lines about them; translatable Markdown.");
    public static final Field REPRESENTATIVE = Field.string("representative")
            .describe("For kind: organization only, the person who represents it.");
    public static final Field LINKS = Field.list("links", LINK).describe("Links shown on the profile.");
    public static final Field CONSENT = Field.oneOf("consent", Consent.class)
            .describe("public (default), or aggregate-only: never named or linked anywhere, only counted in totals.");
    public static final Field PRIVATE = Field.freeMapping("private")
            .describe("Free notes (email, phone, remarks) that are never published: not on pages, not in search,"
                    + " not in downloads.");
    public static final Field ROLES = Field.list("roles", ROLE).describe("Positions held, with their dates.");
    public static final Field PARTICIPATIONS = Field.list("participation", PARTICIPATION)
            .describe("Periods of activity in working groups: what earns voting rights.");

    public static final Shape MEMBER = Shape.of("member", "A member of the community: a person or an end-user organization.",
            ID, NAME, SORT_NAME, KIND, REGION, COUNTRY, JOINED, LEFT, AFFILIATION, BIO, REPRESENTATIVE, LINKS, CONSENT,
            PRIVATE, ROLES, PARTICIPATIONS);
}
