package org.plenary.search;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain static file server on 127.0.0.1 (JDK's {@code com.sun.net.httpserver}), as any web host serves the built
 * site: files by path, {@code dir/} → {@code dir/index.html}, no compression, 404 otherwise. Counts bytes served.
 * Optionally it labels the static index's gzip files ({@code search/**.bin}) {@code Content-Encoding: gzip}, as a
 * host configured to serve precompressed files would, so that the browser hands the client decoded bytes.
 */
final class StaticFileServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
            "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "svg", "image/svg+xml", "xml", "application/xml");

    private final HttpServer server;
    final AtomicLong bytes = new AtomicLong();

    StaticFileServer(Path root) throws IOException {
        this(root, false);
    }

    /** @param gzipLabelled whether gzip-compressed {@code .bin} files are sent with {@code Content-Encoding: gzip} */
    StaticFileServer(Path root, boolean gzipLabelled) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
                Path file = base.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) file = file.resolve("index.html");
                if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                String ext = name.substring(name.lastIndexOf('.') + 1);
                exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
                if (gzipLabelled && ext.equals("bin") && body.length > 1 && (body[0] & 0xFF) == 0x1F
                        && (body[1] & 0xFF) == 0x8B) {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                }
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
                bytes.addAndGet(body.length);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
