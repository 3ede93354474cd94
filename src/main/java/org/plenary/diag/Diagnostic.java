package org.plenary.diag;

/**
 * One problem found in the input, located precisely enough for a person to fix it.
 *
 * @param code a stable machine-readable kind, e.g. {@code unknown-key}, {@code dangling-reference}
 */
public record Diagnostic(Location location, Severity severity, String code, String message) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(location, s, code, message);
    }

    /** {@code path:line:column: severity: message}, the format editors and CI annotate. */
    public String format() {
        return location + ": " + severity.label() + ": " + message;
    }
}
