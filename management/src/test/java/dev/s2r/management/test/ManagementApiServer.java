/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.QueryStringDecoder;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Management API server for tests, in the test JVM on a free port of 127.0.0.1: the endpoints of regions, the
 * current organization, workspace groups and workspaces (and jobs, {@link JobRoutes}, and exports,
 * {@link ExportRoutes}) with the spec's paths, query parameters and JSON shapes
 * (singlestore-server.md §1.4, §1.5), in-memory state ({@link FakeCloud}) with transitions over time, bearer
 * authentication, and faults injected on demand. It checks requests as the real API does where the reference says
 * so (required fields, query parameter names) and is stricter elsewhere (unknown query parameters and body fields
 * are refused), so that a wrong request fails the test instead of passing by accident.
 */
public final class ManagementApiServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String token = "s2r-test-" + UUID.randomUUID();
    private final FakeCloud cloud = new FakeCloud(Instant::now);
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Routes routes = new Routes(this.cloud);
    private final List<RouteSet> routeSets = List.of(new StarterRoutes(), new SecretRoutes(), new BillingRoutes(),
        new DirectoryRoutes(), new InferenceRoutes());
    private final JobRoutes jobRoutes = new JobRoutes(this.cloud);
    private final ExportRoutes exportRoutes = new ExportRoutes(this.cloud);
    private final FileRoutes files = new FileRoutes(this::hasGroup);
    private final DisposableServer server;

    private ManagementApiServer() {
        this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::handle).bindNow();
    }

    /** @return a started server; close it */
    public static ManagementApiServer start() {
        return new ManagementApiServer();
    }

    /** @return the base URL to give the client, {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + this.server.port();
    }

    /** @return the only token the server accepts */
    public String token() {
        return this.token;
    }

    /** @return the id of the organization of {@code GET /v1/organizations/current} */
    public String organizationId() {
        return this.cloud.organizationId;
    }

    /** @return the id of the first region */
    public String regionId() {
        return (String) this.cloud.regions.get(0).get("regionID");
    }

    /**
     * @param delay how long creating, suspending, resuming and terminating take (default 200 ms)
     * @return this server
     */
    public ManagementApiServer transitionDelay(Duration delay) {
        this.cloud.transitionDelay = delay;
        return this;
    }

    /**
     * @param endpoint the {@code host:port} every workspace gets when it becomes ACTIVE, such as a test database
     *                 server's, so that clients can connect to it (default: a made-up {@code svc-…} host)
     * @return this server
     */
    public ManagementApiServer workspaceEndpoint(String endpoint) {
        this.cloud.workspaceEndpoint = endpoint;
        return this;
    }

    /**
     * @param delay how long a job's execution runs before it is {@code Completed} (default 200 ms)
     * @return this server
     */
    public ManagementApiServer jobExecutionDelay(Duration delay) {
        this.jobRoutes.executionDelay = delay;
        return this;
    }

    /**
     * @param egressId an export's id
     * @return the JSON body its start was sent with, or {@code null} when there is no such export
     */
    public synchronized Map<String, Object> exportStartRequest(String egressId) {
        return this.exportRoutes.startRequest(egressId);
    }

    /** Makes the next workspace created end in {@code FAILED} instead of {@code ACTIVE}. */
    public void failNextWorkspaceCreation() {
        this.cloud.failNextCreation = true;
    }

    /**
     * @param fault what to do instead of answering the next request; several faults apply to successive requests
     */
    public synchronized void inject(Fault fault) {
        this.faults.add(fault);
    }

    /**
     * @param name a name
     * @return the id of a new workspace group in the first region, already {@code ACTIVE}
     */
    public synchronized String addWorkspaceGroup(String name) {
        return this.routes.addGroup(name, regionId(), "ACTIVE");
    }

    /** @return the Stage and Files endpoints' store and faults */
    public FileRoutes files() {
        return this.files;
    }

    private synchronized boolean hasGroup(String id) {
        return this.cloud.groups.containsKey(id);
    }

    /** @return the requests received, in order, including refused ones */
    public List<RecordedRequest> requests() {
        return List.copyOf(this.requests);
    }

    /**
     * @param method     an HTTP method
     * @param pathPrefix a path prefix, e.g. {@code /v1/workspaces/}
     * @return how many requests with them were received
     */
    public long count(String method, String pathPrefix) {
        return this.requests.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathPrefix))
            .count();
    }

    @Override
    public void close() {
        this.server.disposeNow(Duration.ofSeconds(5));
    }

    private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        if (FileRoutes.owns(new QueryStringDecoder(request.uri()).path())) {
            return handleFile(request, response);
        }
        return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
            .flatMap(body -> {
                QueryStringDecoder uri = new QueryStringDecoder(request.uri());
                Map<String, String> query = new LinkedHashMap<>();
                uri.parameters().forEach((name, values) -> query.put(name, values.get(0)));
                Map<String, String> headers = new LinkedHashMap<>();
                for (CharSequence name : List.of(HttpHeaderNames.ACCEPT, HttpHeaderNames.CONTENT_TYPE,
                    HttpHeaderNames.USER_AGENT)) {
                    String value = request.requestHeaders().get(name);
                    if (value != null) {
                        headers.put(name.toString(), value);
                    }
                }
                this.requests.add(new RecordedRequest(request.method().name(), uri.path(), query, headers, body,
                    System.nanoTime()));
                Fault fault;
                synchronized (this) {
                    fault = this.faults.poll();
                }
                if (fault != null) {
                    return fault(fault, response);
                }
                Routes.Answer answer;
                if (!("Bearer " + this.token).equals(request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION))) {
                    // singlestore-server.md §1.1-1.2: bearer API key, 401 otherwise; the error body is not modelled by
                    // the spec, so this one is made up
                    answer = Routes.error(401, "Unauthorized", "invalid or missing API key");
                } else {
                    synchronized (this) {
                        answer = this.jobRoutes.route(request.method().name(), uri.path(), query, body);
                        answer = answer != null ? answer
                            : this.exportRoutes.route(request.method().name(), uri.path(), query, body);
                        for (int i = 0; answer == null && i < this.routeSets.size(); i++) {
                            answer = this.routeSets.get(i).route(request.method().name(), uri.path(), query, body);
                        }
                        answer = answer != null ? answer : this.routes.route(request.method().name(), uri.path(),
                            query, body);
                    }
                }
                return send(response, answer.status(), answer.body());
            });
    }

    /** Stage and Files requests: their bodies are streamed, so they are recorded without them. */
    private Mono<Void> handleFile(HttpServerRequest request, HttpServerResponse response) {
        QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        Map<String, String> query = new LinkedHashMap<>();
        uri.parameters().forEach((name, values) -> query.put(name, values.get(0)));
        Map<String, String> headers = new LinkedHashMap<>();
        String contentType = request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE);
        if (contentType != null) {
            headers.put(HttpHeaderNames.CONTENT_TYPE.toString(), contentType);
        }
        this.requests.add(new RecordedRequest(request.method().name(), uri.path(), query, headers, "",
            System.nanoTime()));
        Fault fault;
        synchronized (this) {
            fault = this.faults.poll();
        }
        if (fault != null) {
            return fault(fault, response);
        }
        if (!("Bearer " + this.token).equals(request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION))) {
            Routes.Answer answer = Routes.error(401, "Unauthorized", "invalid or missing API key");
            return request.receive().then().then(send(response, answer.status(), answer.body()));
        }
        return this.files.handle(request, response, uri.path(), query);
    }

    private static Mono<Void> fault(Fault fault, HttpServerResponse response) {
        switch (fault.kind()) {
            case TOO_MANY_REQUESTS:
                response.header(HttpHeaderNames.RETRY_AFTER, Long.toString(fault.retryAfter().toSeconds()));
                return send(response, 429, Routes.error(429, "TooManyRequests", "slow down").body());
            case SERVER_ERROR:
                return send(response, 500, Routes.error(500, "InternalError", "something broke").body());
            case INVALID_JSON:
                return send(response, 200, "[{\"regionID\": unquoted");
            case RESET:
            default:
                // An RST instead of an answer: linger 0 makes close() reset the connection
                return response.withConnection(connection -> {
                    connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
                    connection.channel().close();
                }).then();
        }
    }

    private static Mono<Void> send(HttpServerResponse response, int status, String body) {
        return response.status(status).header(HttpHeaderNames.CONTENT_TYPE, "application/json")
            .sendString(Mono.just(body)).then();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectMapper mapper() {
        return JSON;
    }

    /**
     * A request as received.
     *
     * @param method  its method
     * @param path    its path
     * @param query   its query parameters (first value of each)
     * @param headers its Accept, Content-Type and User-Agent headers, by lower-case name, when sent
     * @param body    its body, empty when none
     * @param atNanos when it arrived, {@code System.nanoTime()}
     */
    public record RecordedRequest(String method, String path, Map<String, String> query, Map<String, String> headers,
                                  String body, long atNanos) {
    }

    /**
     * What the server does instead of answering one request.
     *
     * @param kind       the fault
     * @param retryAfter the {@code Retry-After} of a 429
     */
    public record Fault(Kind kind, Duration retryAfter) {

        /** The faults. */
        public enum Kind {
            /** 429 with Retry-After. */
            TOO_MANY_REQUESTS,
            /** 500. */
            SERVER_ERROR,
            /** The connection is reset, no answer. */
            RESET,
            /** 200 with a body that is not JSON. */
            INVALID_JSON
        }

        /**
         * @param retryAfter the pause to ask for, whole seconds
         * @return a 429 Too Many Requests with {@code Retry-After}
         */
        public static Fault tooManyRequests(Duration retryAfter) {
            return new Fault(Kind.TOO_MANY_REQUESTS, retryAfter);
        }

        /** @return a 500 Internal Server Error */
        public static Fault serverError() {
            return new Fault(Kind.SERVER_ERROR, Duration.ZERO);
        }

        /** @return a connection reset */
        public static Fault reset() {
            return new Fault(Kind.RESET, Duration.ZERO);
        }

        /** @return a 200 with invalid JSON */
        public static Fault invalidJson() {
            return new Fault(Kind.INVALID_JSON, Duration.ZERO);
        }
    }
}
