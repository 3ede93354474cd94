package org.plenary.registry;

import java.util.Locale;
import org.plenary.diag.Diagnostics;
import org.plenary.diag.Location;

/**
 * Characters no input text may hold, because they are invisible and change what a reader sees or what a program
 * does with the text (issue "Characters"; Unicode TR 36 §2 and TR 9 for the bidirectional ones):
 * <ul>
 *   <li>control characters: C0 other than tab, line feed and carriage return, DEL, and C1 (U+0080–U+009F);
 *       they are invalid or discouraged in XML and HTML and break CSV and terminals;</li>
 *   <li>noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two code points of every plane);</li>
 *   <li>bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a name or
 *       title display in an order other than the one it is stored in ("Trojan Source", CVE-2021-42574).</li>
 * </ul>
 * The bidirectional <em>marks</em> (U+200E, U+200F, U+061C) are legitimate in running text; in names they only
 * earn a warning (see the model's name fields).
 */
public final class UnsafeText {
    private UnsafeText() {
    }

    /** Whether {@code cp} is refused anywhere in input text. */
    public static boolean isRefused(int cp) {
        return isControl(cp) || isNoncharacter(cp) || isBidiControl(cp);
    }

    /** C0 (other than tab, LF, CR), DEL and C1 controls. */
    public static boolean isControl(int cp) {
        return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
    }

    public static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /** Bidirectional embedding, override and isolate controls: U+202A–U+202E and U+2066–U+2069. */
    public static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** Bidirectional marks: LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK, ARABIC LETTER MARK. */
    public static boolean isBidiMark(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    /** The char index of the first refused character of {@code s}, or -1. */
    public static int firstRefused(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isRefused(cp)) return i;
            i += Character.charCount(cp);
        }
        return -1;
    }

    /** The char index of the first bidirectional mark of {@code s}, or -1. */
    public static int firstBidiMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isBidiMark(s.charAt(i))) return i;
        }
        return -1;
    }

    /** "U+202E (RIGHT-TO-LEFT OVERRIDE)", for messages. */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X", cp) + (name == null ? "" : " (" + name + ")");
    }

    /**
     * Whether valid UTF-8 may encode a refused character: false only when it certainly does not. A quick look at the
     * bytes that can start one — C0 controls and DEL; C2 80–9F (C1); E2 80 AA–AE and E2 81 A6–A9 (bidirectional
     * controls); EF B7 and EF BF (U+FDxx and U+FFxx noncharacters); any four-byte sequence (plane noncharacters) —
     * so that the exact scan, with its line and column counting, runs only on the rare text that has one.
     *
     * @param utf8 well-formed UTF-8
     */
    public static boolean mayHoldRefused(byte[] utf8) {
        int n = utf8.length;
        for (int i = 0; i < n; i++) {
            int b = utf8[i];
            if (b >= 0x20) {
                if (b == 0x7F) return true;
                continue;
            }
            if (b >= 0) {
                if (b != '\t' && b != '\n' && b != '\r') return true;
                continue;
            }
            int lead = b & 0xFF;
            int b1 = i + 1 < n ? utf8[i + 1] & 0xFF : 0;
            int b2 = i + 2 < n ? utf8[i + 2] & 0xFF : 0;
            if (lead == 0xC2 && b1 <= 0x9F) return true;
            if (lead == 0xE2 && (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE || b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) return true;
            if (lead == 0xEF && (b1 == 0xB7 || b1 == 0xBF)) return true;
            if (lead >= 0xF0) return true;
        }
        return false;
    }

    /**
     * Reports every refused character of a file's text at its line and column (columns count code points, as the
     * YAML parser's do).
     *
     * @return true when the text holds a control character or noncharacter, which no parser should be given
     *         (bidirectional controls are reported but leave the text usable, so the rest of it is still checked)
     */
    static boolean scan(String text, String file, Diagnostics diag) {
        boolean unusable = false;
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isRefused(cp)) {
                diag.error(new Location(file, line, col), "unsafe-character", message(cp));
                if (!isBidiControl(cp)) unusable = true;
            }
            if (cp == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return unusable;
    }

    /** The message for a refused character. */
    public static String message(int cp) {
        if (isBidiControl(cp)) {
            return "invisible bidirectional control " + describe(cp)
                    + " is not allowed: it can make text display in another order than it is written; remove it";
        }
        return "character " + describe(cp) + " is not allowed in text (control characters and noncharacters are invisible"
                + " and break HTML, CSV and terminals); remove it";
    }
}
