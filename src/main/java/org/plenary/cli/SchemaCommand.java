package org.plenary.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.plenary.schema.JsonSchemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", description = "Write the JSON Schemas (draft 2020-12) of every registry, for editors: site, members,"
        + " workgroups, meetings, programmes, travel, advice, draws, front-matter.")
final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write <registry>.schema.json files into (created when missing; same-named files are replaced).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("plenary schema: --out " + out + " is a file, not a folder");
            return 2;
        }
        try {
            JsonSchemas.write(out);
        } catch (IOException e) {
            err.println("plenary schema: cannot write into " + out + ": " + e.getMessage());
            return 2;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote " + JsonSchemas.files().size() + " JSON Schemas to " + out + ": " + String.join(", ", JsonSchemas.files().keySet()));
        o.println("Point a YAML file at one with a first line like:  # yaml-language-server: $schema=" + out.resolve("members.schema.json"));
        return 0;
    }
}
