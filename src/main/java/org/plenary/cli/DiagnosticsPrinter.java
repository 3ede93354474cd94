package org.plenary.cli;

import java.io.PrintWriter;
import org.plenary.diag.Diagnostic;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.DiagnosticsJson;

/** Prints diagnostics one per line on stderr, or as one JSON array on stdout. */
final class DiagnosticsPrinter {
    private DiagnosticsPrinter() {
    }

    static void print(Diagnostics diagnostics, OutputFormat format, PrintWriter out, PrintWriter err) {
        if (format == OutputFormat.json) {
            out.println(DiagnosticsJson.write(diagnostics.sorted()));
            return;
        }
        for (Diagnostic d : diagnostics.sorted()) err.println(d.format());
        err.flush();
    }
}
