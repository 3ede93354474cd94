package org.plenary.diag;

/** How bad a diagnostic is. Warnings become errors under {@code --strict}. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
