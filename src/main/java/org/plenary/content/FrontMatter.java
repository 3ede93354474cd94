package org.plenary.content;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the top) and body.
 * The YAML keeps the file's line numbers: lines before it are blanked rather than cut.
 */
record FrontMatter(String yaml, String body, int bodyLine) {

    /** @return the parts; {@code bodyLine} is the file line (1-based) the body starts on */
    static FrontMatter split(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) return new FrontMatter(null, text, 1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                StringBuilder yaml = new StringBuilder("\n");
                for (int k = 1; k < i; k++) yaml.append(lines[k]).append('\n');
                StringBuilder body = new StringBuilder();
                for (int k = i + 1; k < lines.length; k++) {
                    body.append(lines[k]);
                    if (k < lines.length - 1) body.append('\n');
                }
                return new FrontMatter(yaml.toString(), body.toString(), i + 2);
            }
        }
        return new FrontMatter(null, text, 1);
    }
}
