package org.plenary.cli;

/** --format values shared by the commands. */
enum OutputFormat {
    text, json
}
