import java.nio.file.Files;
import java.nio.file.Path;
import org.plenary.build.InputStages;
import org.plenary.build.Loaded;
import org.plenary.output.Output;
import org.plenary.search.SearchStage;

/**
 * Builds only the search indexes of a site (what `plenary build` does for search): reads the registry and content,
 * writes the Lucene index under ROOT/.plenary-cache/search/ and the static index under OUT/search/. For timing
 * and peak memory side by side with Pagefind. Usage: java -cp target/plenary.jar IndexOnly.java ROOT OUT
 */
public class IndexOnly {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        long start = System.nanoTime();
        Loaded in = InputStages.run(root, null, false);
        long loaded = System.nanoTime();
        if (!in.ok()) {
            System.err.println(in.diagnostics().sorted());
            System.exit(2);
        }
        SearchStage.run(root, in.view(), in.content(), in.theme(), new Output(out));
        long done = System.nanoTime();
        // The search stage alone is what a build spends on search; reading the registry it shares with the pages.
        System.out.printf(java.util.Locale.ROOT, "read %.2f s, search stage %.2f s%n", (loaded - start) / 1e9, (done - loaded) / 1e9);
    }
}
