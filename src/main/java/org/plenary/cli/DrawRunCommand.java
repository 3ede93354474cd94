package org.plenary.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.plenary.draw.DrawInputException;
import org.plenary.draw.Entropy;
import org.plenary.draw.KeyString;
import org.plenary.draw.Pool;
import org.plenary.draw.PoolFile;
import org.plenary.draw.Rfc3797;
import org.plenary.draw.Selection;
import org.plenary.draw.Source;
import org.plenary.draw.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plenary draw run --pool FILE --seats N --source "name=v1,v2,…" …}: runs an RFC 3797 draw
 * and shows all of its working — key string, every digest and remainder, the result — so the
 * announcement can be checked by anyone with an MD5 tool.
 *
 * <p>Options are declared as plain strings and checked here rather than by picocli's converters, so
 * that every usage mistake ends the same way: one line on stderr, exit 2, no usage dump.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
                "Runs an RFC 3797 draw: prints the key string, each pick (index, MD5, items left, "
                        + "remainder, pick) and the result."},
        footer = {"", "Example:",
                "  plenary draw run --pool pool.txt --seats 10 \\",
                "      --source lotto=2,5,12,8,10 --source dow=10.0730"})
public final class DrawRunCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = "--pool", paramLabel = "FILE",
            description = "The pool: one item a line, in published order; blank lines are ignored, "
                    + "duplicates are an error.")
    String poolFile;

    @Option(names = "--seats", paramLabel = "N", description = "How many items to pick.")
    String seats;

    @Option(names = "--source", paramLabel = "NAME=V1,V2,…",
            description = "A source of randomness and its values (integers such as 017, or decimals such "
                    + "as 10.0730), separated by commas or spaces. Repeat in the announced order.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            boolean json = switch (format.toLowerCase(Locale.ROOT)) {
                case "text" -> false;
                case "json" -> true;
                default -> throw new DrawInputException("--format must be text or json, not \"" + format + "\"");
            };
            if (poolFile == null) throw new DrawInputException("--pool FILE is required");
            if (seats == null) throw new DrawInputException("--seats N is required");
            if (sources.isEmpty()) {
                throw new DrawInputException("at least one --source \"name=v1,v2,…\" is required");
            }
            List<Source> parsedSources = new ArrayList<>();
            for (String s : sources) parsedSources.add(parseSource(s));
            String key = KeyString.of(parsedSources);
            int n = parseSeats(seats);
            List<String> pool = PoolFile.read(toPath(poolFile));

            Selection selection = Rfc3797.select(key, pool, n);
            Entropy.Report entropy = Entropy.check(parsedSources, List.of(new Pool("", n, pool)));

            if (json) {
                out.println(json(key, parsedSources, pool.size(), n, selection, entropy));
            } else {
                printText(out, key, pool.size(), n, selection, entropy);
            }
            out.flush();
            if (!entropy.sufficient()) {
                err.printf(Locale.ROOT, "plenary draw run: warning: the sources supply %.1f bits but the draw "
                                + "needs %.1f (RFC 3797 §3.3); announce more random values%n",
                        entropy.supplied().bits(), entropy.needed());
                err.flush();
            }
            return 0;
        } catch (DrawInputException e) {
            err.println("plenary draw run: " + e.getMessage());
            err.flush();
            return DrawCommand.USAGE_ERROR;
        }
    }

    /** {@code "name=v1,v2 v3"} → Source; values split on commas and/or whitespace. */
    static Source parseSource(String arg) {
        int eq = arg.indexOf('=');
        if (eq < 0) {
            throw new DrawInputException("--source \"" + arg + "\" must look like name=v1,v2,…");
        }
        String name = arg.substring(0, eq).strip();
        if (name.isEmpty()) {
            throw new DrawInputException("--source \"" + arg + "\" has no name before '='");
        }
        String rest = arg.substring(eq + 1).strip();
        List<String> values = rest.isEmpty() ? List.of()
                : Arrays.stream(rest.split("[,\\s]+")).filter(v -> !v.isEmpty()).toList();
        if (values.isEmpty()) {
            throw new DrawInputException("--source \"" + name + "\" has no values after '='");
        }
        return new Source(name, values);
    }

    private static int parseSeats(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // fall through to the one message below
        }
        throw new DrawInputException("--seats must be a whole number of at least 1, not \"" + text + "\"");
    }

    private static Path toPath(String file) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new DrawInputException("--pool \"" + file + "\" is not a valid path");
        }
    }

    private static void printText(PrintWriter out, String key, int poolSize, int seats, Selection selection,
                                  Entropy.Report entropy) {
        out.println("Key string: " + key);
        out.println("Pool: " + poolSize + " items, " + seats + " seats");
        out.println();
        String header = String.format(Locale.ROOT, "%5s %6s  %-32s %6s %10s  %s",
                "pick", "i", "MD5(i key i)", "left", "remainder", "selected (pool position, item)");
        out.println(header);
        int pick = 1;
        for (Step s : selection.steps()) {
            out.println(String.format(Locale.ROOT, "%5d %6d  %s %6d %10s  %d %s",
                    pick++, s.index(), s.md5Hex(), s.itemsLeft(), s.remainder(), s.poolNumber(), s.item()));
        }
        out.println();
        out.println("Result (selection order):");
        int width = String.valueOf(selection.result().size()).length();
        for (int r = 0; r < selection.result().size(); r++) {
            out.println(String.format(Locale.ROOT, "  %" + width + "d. %s", r + 1, selection.result().get(r)));
        }
        out.println();
        out.println(String.format(Locale.ROOT, "Entropy: %.1f bits needed (log2 C(%d, %d)), %.1f bits supplied%s",
                entropy.needed(), poolSize, seats, entropy.supplied().bits(),
                entropy.supplied().estimated() ? " (estimated from the digits of the values)" : ""));
    }

    private static String json(String key, List<Source> sources, int poolSize, int seats, Selection selection,
                               Entropy.Report entropy) {
        ObjectNode root = JSON.createObjectNode();
        root.put("key", key);
        ArrayNode src = root.putArray("sources");
        for (Source s : sources) {
            ObjectNode o = src.addObject();
            o.put("name", s.name());
            ArrayNode values = o.putArray("values");
            s.values().forEach(values::add);
            o.put("key_part", KeyString.part(s));
        }
        root.put("pool_size", poolSize);
        root.put("seats", seats);
        ArrayNode steps = root.putArray("steps");
        for (Step s : selection.steps()) {
            ObjectNode o = steps.addObject();
            o.put("index", s.index());
            o.put("md5", s.md5Hex());
            o.put("items_left", s.itemsLeft());
            o.put("remainder", s.remainder());
            o.put("position", s.position());
            o.put("pool_number", s.poolNumber());
            o.put("item", s.item());
        }
        ArrayNode result = root.putArray("result");
        selection.result().forEach(result::add);
        ObjectNode e = root.putObject("entropy");
        e.put("needed_bits", round(entropy.needed()));
        e.put("supplied_bits", round(entropy.supplied().bits()));
        e.put("sufficient", entropy.sufficient());
        ArrayNode per = e.putArray("sources");
        for (Entropy.SourceBits b : entropy.supplied().sources()) {
            ObjectNode o = per.addObject();
            o.put("name", b.name());
            o.put("bits", round(b.bits()));
            o.put("method", b.method().name().toLowerCase(Locale.ROOT));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Two decimals are plenty for bit counts and keep the JSON stable across platforms. */
    private static double round(double bits) {
        return Math.round(bits * 100) / 100.0;
    }
}
