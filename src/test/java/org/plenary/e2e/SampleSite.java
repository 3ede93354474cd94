package org.plenary.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.plenary.build.BuildResult;
import org.plenary.build.LinkMode;
import org.plenary.build.SiteBuild;

/**
 * The shipped sample ({@code data/}, {@code content/} of this repository) built once per JVM into a temporary
 * folder and served by a plain static file server (Jetty's {@link ResourceHandler}: files, {@code index.html} for
 * folders, nothing else) on 127.0.0.1, so every
 * end-to-end test class reads the same real site over real HTTP, the way a static host would serve it.
 *
 * <p>{@link #get()} builds on first use (about 3 s) and starts the server on a free port; a shutdown hook stops
 * the server and deletes the folder. Links are not checked here: the build tests do that.
 */
public final class SampleSite {
    private static SampleSite shared;

    private final Path dir;
    private final Server server;

    private SampleSite(Path dir, Server server) {
        this.dir = dir;
        this.server = server;
    }

    /** The built and served sample; the first call builds it (failing the test if the build fails). */
    public static synchronized SampleSite get() {
        if (shared != null) return shared;
        try {
            Path tmp = Files.createTempDirectory("plenary-e2e-");
            Path out = tmp.resolve("site");
            BuildResult r = new SiteBuild().run(new SiteBuild.Options(Path.of("").toAbsolutePath(), out, false,
                    LinkMode.OFF, null, tmp.resolve("link-cache.json")));
            assertEquals(0, r.exitCode(), () -> "the shipped sample does not build: " + r.diagnostics().sorted());
            Server server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            ResourceHandler files = new ResourceHandler();
            files.setBaseResource(ResourceFactory.of(files).newResource(out));
            files.setDirAllowed(false);
            files.setWelcomeFiles(java.util.List.of("index.html"));
            server.setHandler(files);
            server.start();
            shared = new SampleSite(out, server);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (Exception ignored) {
                    // exiting anyway
                }
                deleteTree(tmp);
            }, "plenary-e2e-cleanup"));
            return shared;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot serve the built sample on 127.0.0.1", e);
        }
    }

    /** The absolute URL of a site path such as {@code /en/members/}. */
    public String url(String sitePath) {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + sitePath;
    }

    /** The built site on disk. */
    public Path dir() {
        return dir;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
