/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP server that plays SingleStore's Data API for one query and its point lookups, answered from memory:
 * {@code POST /api/v2/query/tuples} whose {@code sql} is that query gets the pre-built body of its answer
 * ({@link DataApiAnswer}), status 200, {@code application/json}, sent with chunked transfer encoding in slices of
 * {@value #SLICE} bytes of one direct buffer, so that the client decodes while the body arrives, as from the real
 * service, which streams its answers. A lookup, the lookup prefix followed by the decimal digits of a row number
 * from 1 (the form in which s2r sends an integer bound to {@code ?}: inlined as its digits), gets the answer's start,
 * that row and the answer's end, with a {@code Content-Length}, as a small answer comes; a number beyond the rows
 * gets the answer with no rows. {@code GET /ping} answers {@code pong}. A request without an {@code Authorization}
 * header gets 401, any other SQL 400 with a text body in the service's {@code Error <code>: <message>} form.
 *
 * <p>With the database out of the loop, a client reads the answer as fast as loopback TCP carries it: what is
 * measured is the client's cost of the transport (HTTP, JSON, its decoding into rows). The server runs in the bench
 * server's process, so its CPU time is not charged to the client.
 */
public final class DataApiReplayServer implements AutoCloseable {

    /** Bytes per slice of the body. */
    static final int SLICE = 64 * 1024;

    private static final JsonFactory JSON = new JsonFactory();

    private static final ByteBuf FOOTER = Unpooled.unreleasableBuffer(Unpooled.directBuffer()
        .writeBytes(DataApiAnswer.FOOTER.getBytes(StandardCharsets.US_ASCII)));

    private final String sql;
    private final String lookupPrefix;
    private final DataApiAnswer answer;
    private final ByteBuf body;
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong lookups = new AtomicLong();
    private DisposableServer server;

    private DataApiReplayServer(String sql, String lookupPrefix, DataApiAnswer answer) {
        this.sql = sql;
        this.lookupPrefix = lookupPrefix;
        this.answer = answer;
        byte[] body = answer.finish();
        ByteBuf direct = Unpooled.directBuffer(body.length, body.length).writeBytes(body);
        // shared by every answer: its slices are sent and "released" by Netty without freeing it
        this.body = Unpooled.unreleasableBuffer(direct);
    }

    /**
     * Starts the server on a free loopback port.
     *
     * @param sql          the query it answers, exactly as clients send it
     * @param lookupPrefix the lookup by row number, without the number, e.g. {@code SELECT * FROM wide WHERE id = }
     * @param answer       the answer of {@code sql}, whose row {@code n - 1} answers the lookup of {@code n} (see
     *                     {@link DataApiAnswer#firstCellsAreRowNumbers()})
     * @return the running server
     */
    public static DataApiReplayServer start(String sql, String lookupPrefix, DataApiAnswer answer) {
        DataApiReplayServer replay = new DataApiReplayServer(sql, lookupPrefix, answer);
        replay.server = HttpServer.create()
            .host(InetAddress.getLoopbackAddress().getHostAddress())
            .port(0)
            .route(routes -> routes
                .get("/ping", (request, response) -> response
                    .header(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .sendString(Mono.just("pong")))
                .post("/api/v2/query/tuples", replay::query))
            .bindNow(Duration.ofSeconds(30));
        return replay;
    }

    /** @return the port it listens on */
    public int port() {
        return this.server.port();
    }

    /** @return the size of the answer's body in bytes */
    public int bodyBytes() {
        return this.body.readableBytes();
    }

    /** @return how many answers of the whole query were sent from memory */
    public long answers() {
        return this.answers.get();
    }

    /** @return how many lookups were answered from memory */
    public long lookups() {
        return this.lookups.get();
    }

    @Override
    public void close() {
        if (this.server != null) {
            this.server.disposeNow(Duration.ofSeconds(10));
        }
        this.body.unwrap().release();
    }

    private Publisher<Void> query(HttpServerRequest request, HttpServerResponse response) {
        if (request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION) == null) {
            return response.status(HttpResponseStatus.UNAUTHORIZED)
                .header(HttpHeaderNames.WWW_AUTHENTICATE, "Basic realm=\"Data API\"")
                .sendString(Mono.just("Unauthorized"));
        }
        return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0]).flatMap(json -> {
            String sql = sqlOf(json);
            long number = rowNumber(sql);
            if (number >= 0) {
                this.lookups.incrementAndGet();
                ByteBuf one = lookup(number);
                return response.status(HttpResponseStatus.OK)
                    .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(one.readableBytes()))
                    .send(Mono.just(one))
                    .then();
            }
            if (!this.sql.equals(sql)) {
                return response.status(HttpResponseStatus.BAD_REQUEST)
                    .header(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .sendString(Mono.just("Error 1064: this replay server answers only " + this.sql)).then();
            }
            this.answers.incrementAndGet();
            int length = this.body.readableBytes();
            return response.status(HttpResponseStatus.OK)
                .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .send(Flux.range(0, (length + SLICE - 1) / SLICE)
                    .map(k -> this.body.slice(k * SLICE, Math.min(SLICE, length - k * SLICE))))
                .then();
        });
    }

    /** @return the row number a lookup names, or -1 when {@code sql} is no lookup */
    long rowNumber(String sql) {
        if (sql == null || !sql.startsWith(this.lookupPrefix) || sql.length() == this.lookupPrefix.length()
            || sql.length() > this.lookupPrefix.length() + 18) {
            return -1;
        }
        long number = 0;
        for (int k = this.lookupPrefix.length(); k < sql.length(); k++) {
            char c = sql.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    /** @return the one-row answer of row {@code number} (from 1), or the answer with no rows */
    private ByteBuf lookup(long number) {
        ByteBuf header = this.body.slice(0, this.answer.headerLength());
        if (number < 1 || number > this.answer.rows()) {
            return Unpooled.wrappedBuffer(header, FOOTER.duplicate());
        }
        int index = (int) (number - 1);
        int start = this.answer.rowStart(index);
        return Unpooled.wrappedBuffer(header, this.body.slice(start, this.answer.rowEnd(index) - start),
            FOOTER.duplicate());
    }

    /** @return the {@code sql} of a request body, or {@code null} when it has none or is not JSON */
    static String sqlOf(byte[] request) {
        try (JsonParser parser = JSON.createParser(request)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("sql".equals(name) && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
