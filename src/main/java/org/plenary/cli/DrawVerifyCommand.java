package org.plenary.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plenary.diag.Diagnostics;
import org.plenary.draw.DrawInputException;
import org.plenary.draw.Selection;
import org.plenary.draw.Step;
import org.plenary.model.Community;
import org.plenary.model.Draw;
import org.plenary.model.ModelBuilder;
import org.plenary.registry.RawRegistry;
import org.plenary.registry.RegistryLoader;
import org.plenary.registry.SourceFile;
import org.plenary.registry.YamlList;
import org.plenary.registry.YamlMap;
import org.plenary.registry.YamlNode;
import org.plenary.registry.YamlScalar;
import org.plenary.registry.YamlReader;
import org.plenary.rules.DrawAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code plenary draw verify ID|FILE}: recomputes a recorded draw and compares it with its result.
 * Exit 0 when they match, 3 when they differ, 2 when the record cannot be read.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Recompute a recorded draw (by id, or a YAML file) and compare it with its result: exit 0 match, 3 mismatch.")
public final class DrawVerifyCommand implements Callable<Integer> {
    static final int MISMATCH = 3;

    @Mixin
    RootOption root;

    @Parameters(paramLabel = "ID|FILE", description = "A draw id from data/draws/, or the path of a draw YAML file.")
    String target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diag = new Diagnostics();
        List<Draw> draws = load(diag, err);
        if (draws == null) return 2;
        if (draws.isEmpty()) {
            diag.all().forEach(d -> err.println(d.format()));
            err.println("plenary draw verify: no draw '" + target + "' (give a draw id from data/draws/ or a YAML file)");
            return 2;
        }
        int exit = 0;
        for (Draw d : draws) {
            try {
                DrawAudit.Verdict v = DrawAudit.verify(d);
                print(out, d, v);
                if (!v.matches()) {
                    err.println(v.at() + ": error: " + v.mismatch());
                    exit = MISMATCH;
                } else {
                    out.println("draw " + d.id() + ": MATCH — the recorded result is what RFC 3797 gives");
                }
            } catch (DrawInputException e) {
                err.println(d.location() + ": error: draw '" + d.id() + "' cannot be computed: " + e.getMessage());
                return 2;
            }
        }
        return exit;
    }

    private List<Draw> load(Diagnostics diag, PrintWriter err) {
        Path file = Path.of(target);
        if (Files.isRegularFile(file)) {
            YamlNode node = new YamlReader().read(file, target, diag);
            if (node == null) {
                diag.all().forEach(d -> err.println(d.format()));
                return null;
            }
            List<Draw> draws = ModelBuilder.readDraws(new SourceFile(target, node), null, diag);
            if (diag.hasErrors()) {
                diag.sorted().forEach(d -> err.println(d.format()));
                return null;
            }
            return draws;
        }
        Path dir = root.directory(err);
        if (dir == null) return null;
        RawRegistry raw = new RegistryLoader(dir).load(diag);
        Community c = new ModelBuilder(null).build(raw, diag);
        if (c == null) {
            diag.sorted().forEach(d -> err.println(d.format()));
            return null;
        }
        for (Draw d : c.draws()) {
            if (d.id().equalsIgnoreCase(target)) return List.of(d);
        }
        // A record that exists but cannot be computed as written (a source value like 0x1F, a source without a name):
        // its errors, and exit 2, never a verdict on part of its key.
        for (SourceFile f : raw.draws()) {
            if (!declares(f.root(), target)) continue;
            diag.sorted().stream().filter(d -> d.isError() && d.location().file().equals(f.path()))
                    .forEach(d -> err.println(d.format()));
            err.println("plenary draw verify: draw '" + target + "' in " + f.path()
                    + " cannot be recomputed until the errors above are fixed");
            return null;
        }
        return List.of();
    }

    /** Whether a draw file's YAML holds a record with this id (whether or not the record is valid). */
    private static boolean declares(YamlNode root, String id) {
        List<YamlNode> records = root instanceof YamlList l ? l.items() : List.of(root);
        for (YamlNode n : records) {
            if (n instanceof YamlMap m && m.get("id") instanceof YamlScalar s && id.equalsIgnoreCase(s.text())) return true;
        }
        return false;
    }

    private static void print(PrintWriter out, Draw d, DrawAudit.Verdict v) {
        out.println("draw " + d.id());
        out.println("key string: " + v.key());
        for (Map.Entry<String, Selection> e : v.computed().entrySet()) {
            if (!e.getKey().isEmpty()) out.println("pool " + e.getKey() + ":");
            out.println(String.format(Locale.ROOT, "  %5s  %-32s  %6s  %9s  %s", "index", "MD5", "left", "remainder", "pick"));
            for (Step s : e.getValue().steps()) {
                out.println(String.format(Locale.ROOT, "  %5d  %s  %6d  %9s  %d %s", s.index(), s.md5Hex(), s.itemsLeft(),
                        s.remainder(), s.poolNumber(), s.item()));
            }
            out.println("  result: " + String.join(", ", e.getValue().result()));
        }
        out.flush();
    }
}
