package org.plenary.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Server-Sent Events (HTML Living Standard §9.2) that tell open tabs the site was rebuilt: on connecting and
 * after every rebuild the client gets {@code event: build} with the build number, and {@code live.js} reloads the
 * tab when it differs from the build the page came from. A comment line every {@link #PING_SECONDS} notices
 * closed tabs. Each connected tab holds one server thread, blocked until the tab goes or the server stops.
 */
final class LiveReload implements AutoCloseable {
    static final long PING_SECONDS = 15;

    private final IntSupplier build;
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** @param build the current build number */
    LiveReload(IntSupplier build) {
        this.build = build;
    }

    /** Serves one event stream; returns when the client disconnects or {@link #close} is called. */
    void stream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client c = new Client(exchange.getResponseBody());
        clients.add(c);
        try {
            if (closed) return;
            c.send("retry: 1000\n\n" + event(build.getAsInt()));
            while (!c.await(PING_SECONDS)) c.send(": ping\n\n");
        } finally {
            clients.remove(c);
            exchange.close();
        }
    }

    /** Tells every connected tab about build {@code n}. */
    void announce(int n) {
        for (Client c : clients) c.send(event(n));
    }

    /** How many tabs are connected. */
    int clients() {
        return clients.size();
    }

    private static String event(int n) {
        return "event: build\ndata: " + n + "\n\n";
    }

    @Override
    public void close() {
        closed = true;
        for (Client c : clients) c.end();
    }

    private static final class Client {
        private final OutputStream body;
        private final CountDownLatch ended = new CountDownLatch(1);

        Client(OutputStream body) {
            this.body = body;
        }

        synchronized void send(String text) {
            if (ended.getCount() == 0) return;
            try {
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
            } catch (IOException e) {
                end(); // the tab is gone
            }
        }

        /** @return true when the stream ended, false after {@code seconds} without ending */
        boolean await(long seconds) {
            try {
                return ended.await(seconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
        }

        void end() {
            ended.countDown();
        }
    }
}
