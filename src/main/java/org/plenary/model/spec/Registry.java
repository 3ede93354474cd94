package org.plenary.model.spec;

/**
 * The registries of a site and how their files are laid out: one JSON Schema each ({@code <name>.schema.json}).
 */
public enum Registry {
    SITE("site", "data/site.yaml", Layout.ONE, SiteSpec.SITE),
    MEMBERS("members", "data/members/", Layout.RECORDS, MemberSpec.MEMBER),
    WORKGROUPS("workgroups", "data/workgroups.yaml", Layout.RECORDS, CatalogueSpec.WORKGROUP),
    MEETINGS("meetings", "data/meetings.yaml", Layout.RECORDS, CatalogueSpec.MEETING),
    PROGRAMMES("programmes", "data/programmes.yaml", Layout.RECORDS, CatalogueSpec.PROGRAMME),
    TRAVEL("travel", "data/travel/", Layout.TRAVEL, TravelSpec.RECORD_ALONE),
    ADVICE("advice", "data/advice/", Layout.RECORDS, AdviceSpec.ADVICE),
    DRAWS("draws", "data/draws/", Layout.RECORDS, DrawSpec.DRAW),
    FRONT_MATTER("front-matter", "content/<lang>/…md", Layout.ONE, FrontMatterSpec.FRONT_MATTER);

    /** What one file of a registry holds. */
    public enum Layout {
        /** One mapping. */
        ONE,
        /** One record (a mapping) or several (a list of mappings). */
        RECORDS,
        /** A meeting file ({@link TravelSpec#FILE}), or records as for {@link #RECORDS}. */
        TRAVEL
    }

    private final String id;
    private final String where;
    private final Layout layout;
    private final Shape record;

    Registry(String id, String where, Layout layout, Shape record) {
        this.id = id;
        this.where = where;
        this.layout = layout;
        this.record = record;
    }

    /** The name used in file names: {@code members} for {@code members.schema.json}. */
    public String id() {
        return id;
    }

    /** Where its files are in a site, for people: {@code data/members/}. */
    public String where() {
        return where;
    }

    public Layout layout() {
        return layout;
    }

    /** The shape of one record. */
    public Shape record() {
        return record;
    }

    /** The registry whose schema file is called {@code <id>.schema.json}, or null. */
    public static Registry byId(String id) {
        for (Registry r : values()) if (r.id.equals(id)) return r;
        return null;
    }
}
