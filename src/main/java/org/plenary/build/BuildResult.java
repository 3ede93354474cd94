package org.plenary.build;

import java.nio.file.Path;
import java.util.List;
import org.plenary.diag.Diagnostics;
import org.plenary.links.LinkReport;

/**
 * What a build did. Exit codes: 0 published, 1 broken links (nothing published), 2 invalid input (nothing written).
 *
 * @param links  null when link checking was off or the build stopped before it
 * @param millis wall-clock time of the whole build, milliseconds
 * @param phases the phases that ran, in order, with their times ({@code --timings})
 */
public record BuildResult(int exitCode, Diagnostics diagnostics, LinkReport links, int pages, long files,
                          int languages, long millis, Path out, List<Phases.Phase> phases) {
    public static final int OK = 0;
    public static final int BROKEN_LINKS = 1;
    public static final int INVALID_INPUT = 2;
}
