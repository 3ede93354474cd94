package org.plenary.hostile;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.build.TestSite;
import org.plenary.build.TestSite.Diags;

/**
 * Limits are checked at validation and reported as located errors with exit 2, never a stack trace or a build
 * that dies after a clean {@code validate}: Markdown nesting (in pages, advice bodies and registry texts alike)
 * and id length.
 */
class LimitsTest {
    @TempDir
    Path tmp;

    private TestSite site() {
        return TestSite.mini(tmp);
    }

    @Test
    void tenThousandNestedBlockQuotesInAPageAreALocatedError() {
        Diags d = site().write("content/en/deep.md", "---\ntitle: Deep\n---\nIntro\n\n" + "> ".repeat(10_000) + "x\n").rejects();
        d.error("markdown-too-deep", "content/en/deep.md", 6, 1, "nested more than 64 levels");
        d.count(1);
    }

    @Test
    void nestedListItemsInAnAdviceBodyAreALocatedError() {
        Diags d = site().write("content/advice/AL-ALAC-ST-0117-01-00-EN/en.md", "Text\n\n" + "- ".repeat(10_000) + "x\n").rejects();
        d.error("markdown-too-deep", "content/advice/AL-ALAC-ST-0117-01-00-EN/en.md", 3, 1, "nested more than 64 levels");
        d.count(1);
    }

    @Test
    void nestedEmphasisThatOverflowsTheParserIsALocatedError() {
        Diags d = site().write("content/en/deep.md", "---\ntitle: Deep\n---\n" + "*".repeat(20_000) + "x" + "*".repeat(20_000) + "\n").rejects();
        d.error("markdown-too-deep", "content/en/deep.md", 4, 1, "nested more than 64 levels");
        d.count(1);
    }

    @Test
    void nestedBlockQuotesInAMemberBioFailValidationNotTheBuild() {
        String bio = "> ".repeat(10_000) + "x";
        Diags d = site().write("data/members/x.yaml", "id: jane-doe\nname: Jane Doe\nregion: afralo\nbio: '" + bio + "'\n").rejects();
        d.error("markdown-too-deep", "data/members/x.yaml", 1, 1, "member 'jane-doe' bio (en)", "nested more than 64 levels");
        d.count(1);
    }

    @Test
    void deepButReasonableNestingIsFine() {
        site().write("content/en/lists.md", "---\ntitle: Lists\n---\n" + "> ".repeat(20) + "- a\n").accepts().count(0);
    }

    @Test
    void overlongIdIsRefusedBeforeItBecomesAFileName() {
        String id = "a".repeat(300);
        Diags d = site().write("data/members/x.yaml", "id: " + id + "\nname: Long\nregion: afralo\n").rejects();
        d.error("bad-id", "data/members/x.yaml", 1, 5, "300 characters long", "at most 100");
        d.count(1);
        Diags m = TestSite.mini(tmp.resolve("m")).write("data/meetings/long.yaml",
                "id: M" + "1".repeat(150) + "\nnumber: 1\ncity: X\nstart: 2020-01-01\nend: 2020-01-02\n").rejects();
        m.error("bad-id", "data/meetings/long.yaml", 1, 5, "at most 100");
    }
}
