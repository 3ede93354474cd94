package org.plenary.identity;

/**
 * Names of the inputs a page can read, as recorded by {@link Reads}: {@code kind} or {@code kind:key}. A change
 * to the input behind a name invalidates every page that read it.
 *
 * <table>
 *   <caption>Identities</caption>
 *   <tr><td>{@code site}</td><td>data/site.yaml: title, languages, regions, rules, as_of (every page reads it)</td></tr>
 *   <tr><td>{@code member:ID}, {@code members}</td><td>one public member; the list of public members and the count of withheld ones</td></tr>
 *   <tr><td>{@code roster:ID}, {@code roster@REGION}, {@code headcount}</td><td>what lists show of one public member
 *       (name, kind, region, country, whether they left); the entries of one region's public members; how many
 *       members are public and how many withheld</td></tr>
 *   <tr><td>{@code standing:ID}, {@code standings}</td><td>a public member's derived status; all of them</td></tr>
 *   <tr><td>{@code trips:ID}</td><td>a public member's travel records</td></tr>
 *   <tr><td>{@code penned:ID}, {@code draws-of:ID}</td><td>statements a member held the pen on; draws a member was in</td></tr>
 *   <tr><td>{@code meeting:ID}, {@code meetings}, {@code programme:ID}, {@code programmes},
 *       {@code workgroup:ID}, {@code workgroups}</td><td>catalogue records and their lists</td></tr>
 *   <tr><td>{@code travel}, {@code travel@MEETING}, {@code applications}, {@code applications@MEETING},
 *       {@code slots}, {@code slots@MEETING}</td><td>travel records (redacted), applicant counts, slot use</td></tr>
 *   <tr><td>{@code advice:ID}, {@code advice}</td><td>one statement (with its withheld-penholder count); the list</td></tr>
 *   <tr><td>{@code draw:ID}, {@code draws}</td><td>one draw; the list</td></tr>
 *   <tr><td>{@code tallies:travel}, {@code tallies:regions}, {@code tallies:participation}, {@code tallies:advice}</td>
 *       <td>site-wide counts: trips (totals, per year), metrics per region, the participation trend, advice per type
 *       and year</td></tr>
 *   <tr><td>{@code tally@meeting:ID}, {@code tally@programme:ID}</td><td>counts of one meeting or programme</td></tr>
 *   <tr><td>{@code content}, {@code content:PATH}, {@code body:ADVICE-ID},
 *       {@code body-languages:ADVICE-ID}</td><td>the list of Markdown pages; one page's translations; one statement's
 *       bodies; the languages it has a body in</td></tr>
 *   <tr><td>{@code theme:templates}, {@code strings:LANG}, {@code theme:assets}</td><td>the theme: its Jte templates
 *       (built-in and the site's own), one language's interface strings, the static assets</td></tr>
 * </table>
 */
public final class Identity {
    private Identity() {
    }

    /** {@code kind:key}. */
    public static String of(String kind, String key) {
        return kind + ":" + key;
    }

    /** {@code kind@key}: the part of a collection that belongs to {@code key} (e.g. the travel of one meeting). */
    public static String at(String kind, String key) {
        return kind + "@" + key;
    }
}
