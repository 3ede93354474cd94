package org.plenary.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.plenary.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Serve the site on 127.0.0.1, rebuild what an edit of data/, content/ or templates/"
        + " affects, reload open tabs (Ctrl-C stops; exit 2 when the port is in use).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    RootOption root;

    @Option(names = "--port", paramLabel = "N", defaultValue = "1313", description = "TCP port (default 1313; 0 picks a free one).")
    int port;

    @Option(names = "--no-watch", description = "Build once and serve, without watching for edits.")
    boolean noWatch;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) {
            err.println("plenary serve: --port must be between 0 and 65535, not " + port);
            return 2;
        }
        Path rootDir = root.directory(err);
        if (rootDir == null) return 2;
        DevServer server;
        try {
            server = DevServer.open(new DevServer.Options(rootDir, port, !noWatch), out);
        } catch (BindException e) {
            err.println("plenary serve: port " + port + " on 127.0.0.1 is in use (" + e.getMessage()
                    + "); stop the other server or choose another port with --port N");
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C (SIGINT) and SIGTERM run shutdown hooks: stop cleanly there, then end with status 0 (an interrupted
        // JVM would otherwise exit 130), since stopping is how a dev server is meant to end.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("plenary serve: stopped");
            out.flush();
            stopped.countDown();
            Runtime.getRuntime().halt(0);
        }, "plenary-serve-stop"));
        out.println("building " + rootDir + " …");
        out.flush();
        server.buildAll();
        stopped.await();
        return 0;
    }
}
