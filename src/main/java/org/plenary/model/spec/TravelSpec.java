package org.plenary.model.spec;

import java.util.List;
import org.plenary.model.Airfare;
import org.plenary.model.TravelStatus;

/**
 * {@code data/travel/}: travel-support decisions (SPEC §2, the 2017 review's Rec. 13). A file is either a meeting file
 * ({@code meeting}, {@code records}, {@code applications}) or one record or a list of records that each name their meeting.
 */
public final class TravelSpec {
    private TravelSpec() {
    }

    public static final Field AIRFARE = Field.oneOf("airfare", Airfare.class).describe("Class of the ticket paid: economy, premium, business or none.");
    public static final Field HOTEL_NIGHTS = Field.integer("hotel_nights", 0).describe("Nights of hotel paid.");
    public static final Field PER_DIEM_DAYS = Field.integer("per_diem_days", 0).describe("Days of daily allowance paid.");
    public static final Shape COVERAGE = Shape.of("covers", "What the support covered.", AIRFARE, HOTEL_NIGHTS, PER_DIEM_DAYS);

    public static final Field AMOUNT = Field.number("amount").required().example("3150.40")
            .describe("What the trip cost, a non-negative number.");
    public static final Field CURRENCY = Field.currency("currency").example("USD")
            .describe("ISO 4217 currency code, upper case (default USD).");
    public static final Shape COST = Shape.of("cost", "What the trip cost.", AMOUNT, CURRENCY);

    public static final Field MEETING = Field.reference("meeting", "meetings").example("ICANN58")
            .describe("The id of the meeting (data/meetings.yaml). In a meeting file it is given once for all records.");
    public static final Field MEMBER = Field.reference("member", "members").required()
            .describe("The id of the traveller (data/members/). An aggregate-only member is counted, never named.");
    public static final Field PROGRAMME = Field.reference("programme", "programmes").required()
            .describe("The id of the programme that decided (data/programmes.yaml).");
    public static final Field STATUS = Field.oneOf("status", TravelStatus.class).required()
            .describe("The decision: funded, declined, withdrawn or cancelled. All are published.");
    public static final Field APPLIED = Field.date("applied").describe("Date the application was received, YYYY-MM-DD.");
    public static final Field DECIDED = Field.date("decided").describe("Date of the decision, YYYY-MM-DD; not before applied.");
    public static final Field COVERS = Field.mapping("covers", COVERAGE).describe("What the support covered.");
    public static final Field COST_FIELD = Field.mapping("cost", COST).describe("What the trip cost: {amount: 2350.00, currency: USD}.");
    public static final Field NOTE = Field.text("note").describe("A remark published with the record; translatable.");
    /** A record inside a meeting file, which names the meeting once for all of them. */
    public static final Shape RECORD = Shape.of("travel record", "One travel-support decision for one person and meeting.",
            MEETING, MEMBER, PROGRAMME, STATUS, APPLIED, DECIDED, COVERS, COST_FIELD, NOTE);
    /** A record in a file of records, which must name its meeting. */
    public static final Shape RECORD_ALONE = RECORD.requiring("meeting",
            "One travel-support decision for one person and meeting, naming its meeting.");

    public static final Field APPLICATION_PROGRAMME = Field.reference("programme", "programmes").required()
            .describe("The id of the programme applied to.");
    public static final Field RECEIVED = Field.integer("received", 0).required()
            .describe("How many applications it received for this meeting. Applicants' names are not published.");
    public static final Shape APPLICATION = Shape.of("application count", "How many people applied to a programme for the meeting.",
            APPLICATION_PROGRAMME, RECEIVED);

    public static final Field FILE_MEETING = MEETING.required();
    public static final Field RECORDS = Field.list("records", RECORD).describe("The decisions for this meeting.");
    public static final Field APPLICATIONS = Field.list("applications", APPLICATION)
            .describe("Applicant counts per programme for this meeting.");
    public static final Shape FILE = Shape.of("travel file", "Travel support for one meeting: its decisions and applicant counts.",
            FILE_MEETING, RECORDS, APPLICATIONS).anyOfRequired(List.of(List.of("records"), List.of("applications")));
}
