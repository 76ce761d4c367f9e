/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import dev.s2r.test.TestUser;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * Answers the HTTP requests of a {@link DataApiServer}: routing, authentication, the request checks, then the SQL
 * through {@link SqlRunner}, in the order a request meets them. [unverified] that order: path, method,
 * credentials, content type, body size, body JSON, arguments, then login and SQL.
 */
final class DataApiHandler implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

    /** singlestore-server.md §2.2: "Request body limit 1 MB (docs; Terraform pre-checks 1 << 20 bytes)". */
    static final int BODY_LIMIT = 1 << 20;

    private static final String JSON = "application/json";

    /** The answer of a proxy in front of the service, for {@link Fault.Kind#HTML}. */
    private static final String HTML = "<html>\r\n<head><title>%1$d %2$s</title></head>\r\n<body>\r\n"
        + "<center><h1>%1$d %2$s</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    /** The endpoints (singlestore-server.md §2.1). */
    private enum Endpoint {
        TUPLES, ROWS, EXEC;

        /** §2.1: {@code /api/<v1|v2>/<endpoint>}. [unverified] v1 answers as v2 here (its dates differ, §2.5). */
        static Endpoint of(String path) {
            if (!path.startsWith("/api/v1/") && !path.startsWith("/api/v2/")) {
                return null;
            }
            switch (path.substring("/api/v2/".length())) {
                case "query/tuples":
                    return TUPLES;
                case "query/rows":
                    return ROWS;
                case "exec":
                    return EXEC;
                default:
                    return null;
            }
        }
    }

    private final Authenticator authenticator;
    private final SqlRunner runner;
    private final Queue<Fault> faults;
    private final AtomicLong rows;

    DataApiHandler(Authenticator authenticator, SqlRunner runner, Queue<Fault> faults, AtomicLong rows) {
        this.authenticator = authenticator;
        this.runner = runner;
        this.faults = faults;
        this.rows = rows;
    }

    @Override
    public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
        String uri = request.uri();
        int query = uri.indexOf('?');
        String path = query < 0 ? uri : uri.substring(0, query);
        if (path.equals("/ping")) {
            if (!request.method().equals(HttpMethod.GET)) {
                return fail(response, DataApiFailure.of(405, "Method Not Allowed"), "GET");
            }
            // singlestore-server.md §2.1: "/ping — GET, no auth required, returns the text pong"
            return response.status(200).header(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
                .sendString(Mono.just("pong")).then();
        }
        Endpoint endpoint = Endpoint.of(path);
        if (endpoint == null) {
            // §2.4: 404 (path); [unverified] the text, Go's http.NotFound
            return fail(response, DataApiFailure.of(404, "404 page not found"), null);
        }
        if (!request.method().equals(HttpMethod.POST)) {
            // §2.4: 405 (wrong method); §2.1: the endpoints are POST
            return fail(response, DataApiFailure.of(405, "Method Not Allowed"), "POST");
        }
        Fault fault = this.faults.poll();
        if (fault != null && fault.is(Fault.Kind.HTML)) {
            return html(response, fault.code());
        }
        Mono<Void> answer = Mono.defer(() -> answer(request, response, endpoint, fault))
            .onErrorResume(error -> fail(response, DataApiFailure.from(error, false), null));
        if (fault != null && fault.is(Fault.Kind.DELAY)) {
            return Mono.delay(fault.delay()).then(answer);
        }
        return answer;
    }

    private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response, Endpoint endpoint,
                              Fault fault) {
        TestUser user = this.authenticator.authenticate(request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION));
        String contentType = request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE);
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim();
        if (!mediaType.equalsIgnoreCase(JSON)) {
            // singlestore-server.md §2.2: "Content-Type: application/json is required"; [unverified] the status:
            // python-sdk-driver.md §5.3 cites a 415 asserted by the SDK's tests; the text is Go's StatusText
            return Mono.error(DataApiFailure.of(415, "Unsupported Media Type"));
        }
        return body(request).flatMap(bytes -> {
            DataApiRequest parsed = DataApiRequest.parse(bytes);
            String sql = GoInterpolation.interpolate(parsed.sql(), parsed.args());
            String answerType = fault != null && fault.is(Fault.Kind.CONTENT_TYPE) ? fault.text() : JSON;
            if (endpoint == Endpoint.EXEC) {
                return this.runner.exec(user, parsed.database(), sql)
                    .flatMap(json -> response.status(200).header(HttpHeaderNames.CONTENT_TYPE, answerType)
                        .sendString(Mono.just(json)).then());
            }
            ResultStreamer streamer = new ResultStreamer(
                endpoint == Endpoint.TUPLES ? ResultStreamer.Shape.TUPLES : ResultStreamer.Shape.ROWS, fault,
                this.rows);
            return this.runner.query(user, parsed.database(), sql, streamer)
                .switchOnFirst((first, chunks) -> {
                    if (first.hasError()) {
                        // singlestore-server.md §2.4: a failure before the answer started is an error status
                        return fail(response, DataApiFailure.from(first.getThrowable(), false), null);
                    }
                    // §2.4: results are streamed after a 200 (chunked)
                    return response.status(200).header(HttpHeaderNames.CONTENT_TYPE, answerType)
                        .sendByteArray(chunks).then()
                        .then(Mono.defer(() -> streamer.wasCut() ? close(response) : Mono.empty()));
                })
                .then();
        });
    }

    /**
     * The request body, refused over {@link #BODY_LIMIT} bytes: the whole body is read (and the excess dropped)
     * so that the client sees the answer rather than a reset. §2.2: the 1 MB limit; [unverified] the status, 413
     * (Payload Too Large), and the text, that of Go's {@code http.MaxBytesReader}.
     */
    private static Mono<byte[]> body(HttpServerRequest request) {
        return request.receive().asByteArray()
            .reduceWith(BoundedBody::new, BoundedBody::add)
            .map(body -> {
                if (body.total > BODY_LIMIT) {
                    throw DataApiFailure.of(413, "http: request body too large");
                }
                return body.bytes.toByteArray();
            });
    }

    /**
     * An error answer: singlestore-server.md §2.4, "the message as a bare text body". [unverified] the trailing
     * newline and {@code X-Content-Type-Options}, from Go's {@code http.Error}.
     */
    private static Mono<Void> fail(HttpServerResponse response, DataApiFailure failure, String allow) {
        if (response.hasSentHeaders()) {
            return Mono.error(failure);
        }
        response.status(failure.status())
            .header(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=utf-8")
            .header("X-Content-Type-Options", "nosniff");
        for (Map.Entry<String, String> header : failure.headers().entrySet()) {
            response.header(header.getKey(), header.getValue());
        }
        if (allow != null) {
            response.header(HttpHeaderNames.ALLOW, allow);
        }
        return response.sendString(Mono.just(failure.body() + "\n")).then();
    }

    private static Mono<Void> html(HttpServerResponse response, int status) {
        String reason = io.netty.handler.codec.http.HttpResponseStatus.valueOf(status).reasonPhrase();
        return response.status(status).header(HttpHeaderNames.CONTENT_TYPE, "text/html")
            .sendString(Mono.just(String.format(HTML, status, reason))).then();
    }

    /** Closes the connection after what was sent, leaving a chunked body without its end. */
    private static Mono<Void> close(HttpServerResponse response) {
        return Mono.fromRunnable(() -> response.withConnection(connection -> connection.channel().close()));
    }

    /** A request body read up to the limit, counting what lies beyond. */
    private static final class BoundedBody {

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long total;

        BoundedBody add(byte[] chunk) {
            long room = BODY_LIMIT - this.total;
            if (room > 0) {
                this.bytes.write(chunk, 0, (int) Math.min(room, chunk.length));
            }
            this.total += chunk.length;
            return this;
        }
    }
}
