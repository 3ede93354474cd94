package org.plenary.model.spec;

import java.util.List;
import org.plenary.model.DrawPurpose;

/**
 * {@code data/draws/}: random draws (RFC 3797). A plain draw has {@code pool}, {@code seats} and a {@code result} list; a
 * stratified one has {@code pools} and a {@code result} keyed by pool name.
 */
public final class DrawSpec {
    private DrawSpec() {
    }

    /** RFC 3797 numbers its picks with 2 bytes. */
    public static final int MAX_POOL = 65535;

    public static final Field MAX = Field.integer("max", 1).required().describe("The largest value the source can produce.");
    public static final Field COUNT = Field.integer("count", 1).describe("How many values it produces (default: as many as given).");
    public static final Shape RANGE = Shape.of("source range", "What values the source can produce, for the entropy estimate"
            + " (RFC 3797 section 3.3).", MAX, COUNT);

    public static final Field SOURCE_NAME = Field.string("name").required().example("Powerball, white balls, draw of 3 June 2020")
            .describe("What the values are, precisely enough for anyone to look them up.");
    public static final Field PUBLISHED = Field.date("published").required()
            .describe("Date the values became known, YYYY-MM-DD; before the draw was announced is an error.");
    /** A source value written as a decimal string, keeping its digits exactly ("10.0730"). */
    public static final Field DECIMAL_VALUE = Field.string("value", "\\d+(\\.\\d+)?");
    public static final Field VALUES = Field.list("values", Field.oneOf("value", Field.integer("value", 0), DECIMAL_VALUE))
            .required().describe("The values as published: non-negative integers, or decimal strings like \"10.0730\".");
    public static final Field SOURCE_URL = Field.url("url").describe("Where the values are published: an absolute http(s) address.");
    public static final Field RANGE_FIELD = Field.mapping("range", RANGE).describe("The values' range: {max: 69, count: 5}.");
    public static final Shape SOURCE = Shape.of("draw source", "A public source of random values (RFC 3797 section 3).",
            SOURCE_NAME, PUBLISHED, VALUES, SOURCE_URL, RANGE_FIELD);

    public static final Field POOL_MEMBERS = Field.list("pool", Field.reference("pool member", "members")).uniqueItems(MAX_POOL)
            .describe("Member ids in the order they were published: the order decides who is picked. No one twice.");
    public static final Field POOL_NAME = Field.string("name").required().example("afralo")
            .describe("The pool's name; the result lists its picks under it.");
    public static final Field POOL_SEATS = Field.integer("seats", 1).required().describe("How many are picked from this pool.");
    public static final Shape POOL = Shape.of("draw pool", "One pool of a stratified draw (e.g. the voters of one region).",
            POOL_NAME, POOL_SEATS, POOL_MEMBERS.required());

    public static final Field ID = Field.id("id").required().example("coe-2023")
            .describe("Unique id: lower-case letters, digits and single hyphens. The page is /<lang>/draws/<id>/ and"
                    + " `plenary draw verify <id>` recomputes it.");
    public static final Field TITLE = Field.text("title").required().describe("What was drawn; translatable.");
    public static final Field PURPOSE = Field.oneOf("purpose", DrawPurpose.class).required()
            .describe("What the draw was for.");
    public static final Field METHOD = Field.string("method", "rfc3797").describe("rfc3797, the only method (default).");
    public static final Field ANNOUNCED = Field.date("announced").required()
            .describe("Date the pool, seats and sources were published, YYYY-MM-DD, before any source value was known.");
    public static final Field SEATS = Field.integer("seats", 1)
            .describe("How many are picked (plain draw); at most the pool's size.");
    public static final Field POOLS = Field.list("pools", POOL)
            .describe("Instead of pool and seats: several pools drawn with one key string (SPEC §2, stratified draws).");
    public static final Field SOURCES = Field.list("sources", SOURCE).required()
            .describe("The public random sources, in their announced order: their values make the key string.");
    public static final Field RESULT = Field.oneOf("result",
                    Field.list("result", Field.reference("pick", "members")),
                    Field.dictionary("result", Field.list("picks", Field.reference("pick", "members"))))
            .describe("The recorded picks in selection order: a list of member ids, or for pools a mapping of pool name"
                    + " to its picks. Every build recomputes them and fails when they differ.");
    public static final Field REPLACEMENT = Field.text("replacement_policy")
            .describe("What happens when someone selected cannot serve; translatable.");
    public static final Field NOTE = Field.text("note").describe("A remark published with the draw; translatable.");
    public static final Shape DRAW = Shape.of("draw", "A random draw (RFC 3797) that anyone can recompute.",
            ID, TITLE, PURPOSE, METHOD, ANNOUNCED, SEATS, POOL_MEMBERS, POOLS, SOURCES, RESULT, REPLACEMENT, NOTE)
            .oneOfRequired(List.of(List.of("pool", "seats"), List.of("pools")));
}
