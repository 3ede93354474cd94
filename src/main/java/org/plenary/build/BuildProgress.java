package org.plenary.build;

/**
 * Told how a build is going: which phase runs, and, for phases with a known amount of work (rendering pages), how
 * many units are done. Implementations must accept {@link #advance} from any thread, and must not slow the build
 * down (no output per unit).
 */
public interface BuildProgress {
    /** Shows nothing. */
    BuildProgress NONE = new BuildProgress() {
    };

    /** A phase starts; {@code total} units of {@code what} (-1 when unknown). */
    default void begin(String phase, long total, String what) {
    }

    /** {@code n} more units of the current phase are done. */
    default void advance(long n) {
    }

    /** The phase has ended. */
    default void end(String phase) {
    }

    /** The build is over (whatever its outcome): remove any transient display. */
    default void close() {
    }
}
