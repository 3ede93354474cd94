package org.plenary.model.spec;

/** The front matter of a content page ({@code content/<lang>/…md}): YAML between two {@code ---} lines at the top. */
public final class FrontMatterSpec {
    private FrontMatterSpec() {
    }

    public static final Field TITLE = Field.string("title").required().example("About us")
            .describe("The page's title: its heading, and the title browsers and search engines show.");
    public static final Field DESCRIPTION = Field.string("description")
            .describe("One sentence for search engines and link previews (meta description).");
    public static final Shape FRONT_MATTER = Shape.of("front matter", "The YAML at the top of a Markdown page, between two --- lines.",
            TITLE, DESCRIPTION);
}
