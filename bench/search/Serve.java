import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A plain static file server on 127.0.0.1:PORT for ROOT that logs "path bytes" of every file it serves to LOG, so
 * the benchmark can add up what a first query fetched. Usage: java Serve.java ROOT PORT LOG
 */
public class Serve {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])), true);
        Map<String, String> types = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript", "mjs", "text/javascript",
                "css", "text/css", "json", "application/json", "wasm", "application/wasm");
        HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1])), 0);
        s.createContext("/", ex -> {
            try (ex) {
                String path = java.net.URI.create(ex.getRequestURI().getRawPath()).getPath();
                Path f = root.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(f)) f = f.resolve("index.html");
                if (!f.startsWith(root) || !Files.isRegularFile(f)) {
                    ex.sendResponseHeaders(404, -1);
                    return;
                }
                byte[] b = Files.readAllBytes(f);
                String n = f.getFileName().toString();
                ex.getResponseHeaders().set("Content-Type", types.getOrDefault(n.substring(n.lastIndexOf('.') + 1), "application/octet-stream"));
                ex.sendResponseHeaders(200, b.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(b);
                }
                synchronized (log) {
                    log.println(path + " " + b.length);
                }
            }
        });
        s.start();
    }
}
