/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.management.api.InvalidResponseException;
import dev.s2r.management.api.ManagementException;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Makes the calls: {@code <baseUrl>/<version>/<path>} with {@code Authorization: Bearer <token>} (the token read
 * anew for each request), JSON in and out, {@code organizationID} added to the query when configured
 * (singlestore-server.md §1.1). A status of 400 or more becomes a {@link ManagementException}; a body that is not
 * the expected JSON an {@link InvalidResponseException}. GET, PUT and DELETE are retried by the policy; POST and
 * PATCH never. The token is never logged nor put in an error: a body that echoes it has it masked.
 */
public final class Transport {

    private static final Logger LOGGER = LoggerFactory.getLogger(Transport.class);
    private static final byte[] EMPTY = new byte[0];
    private static final int BODY_LIMIT = 4096;
    static final String USER_AGENT = "s2r-management/" + version();

    private final Settings settings;
    private final HttpClient client;

    /** @param settings the configuration */
    public Transport(Settings settings) {
        this.settings = settings;
        this.client = settings.httpClient()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
                settings.connectTimeout().toMillis()))
            .responseTimeout(settings.responseTimeout());
    }

    /**
     * @param method the method
     * @param path   the path below the version, e.g. {@code workspaces/1}
     * @param query  query parameters (in order); {@code null} values are left out
     * @param body   the request body, serialized as JSON, or {@code null} for none
     * @param type   the answer's type
     * @param <T>    the answer's type
     * @return the answer, read from JSON
     */
    public <T> Mono<T> call(HttpMethod method, String path, Map<String, String> query, Object body, Class<T> type) {
        JavaType javaType = Json.MAPPER.getTypeFactory().constructType(type);
        return exchange(method, path, query, body).map(answer -> read(method, fullPath(path), answer, javaType));
    }

    /**
     * A call whose answer's body is not read (the API answers some calls with an empty or undocumented body). A
     * body is sent with any method, GET and DELETE included (the egress calls take one: python-sdk-services.md §3.2).
     *
     * @param method the method
     * @param path   the path below the version
     * @param query  query parameters (in order); {@code null} values are left out
     * @param body   the request body, serialized as JSON, or {@code null} for none
     * @return completes once the API answered with a status below 400
     */
    public Mono<Void> callIgnoringAnswer(HttpMethod method, String path, Map<String, String> query, Object body) {
        return exchange(method, path, query, body).then();
    }

    /**
     * A GET of a list: the API answers list endpoints with a bare JSON array (singlestore-server.md §1.3).
     *
     * @param path    the path below the version
     * @param query   query parameters
     * @param element the type of the elements
     * @param <T>     the type of the elements
     * @return the elements
     */
    public <T> Flux<T> list(String path, Map<String, String> query, Class<T> element) {
        JavaType type = Json.MAPPER.getTypeFactory().constructCollectionType(List.class, element);
        return exchange(HttpMethod.GET, path, query, null)
            .<List<T>>map(answer -> read(HttpMethod.GET, fullPath(path), answer, type))
            .flatMapIterable(list -> list);
    }

    private Mono<Answer> exchange(HttpMethod method, String path, Map<String, String> query, Object body) {
        String fullPath = fullPath(path);
        byte[] bytes;
        try {
            bytes = body == null ? null : Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            return Mono.error(new IllegalArgumentException("Cannot write the body of " + method + " " + fullPath, e));
        }
        String uri = this.settings.baseUrl() + fullPath + queryString(query);
        Mono<Answer> attempt = this.settings.token()
            .switchIfEmpty(Mono.error(() -> new ManagementException("No management token was configured", method
                .name(), fullPath, 0, "", null, null)))
            .flatMap(token -> send(method, uri, bytes, token)
                .onErrorMap(e -> !(e instanceof ManagementException), e -> new ManagementException(
                    method + " " + fullPath + " could not be completed: " + e, method.name(), fullPath, 0, "", null,
                    e))
                .flatMap(answer -> answer.status() >= 400
                    ? Mono.error(failure(method, fullPath, answer, token))
                    : Mono.just(answer)));
        boolean idempotent = method.equals(HttpMethod.GET) || method.equals(HttpMethod.PUT)
            || method.equals(HttpMethod.DELETE);
        return idempotent ? attempt.retryWhen(Retries.of(this.settings.retryPolicy())) : attempt;
    }

    private Mono<Answer> send(HttpMethod method, String uri, byte[] body, String token) {
        return this.client
            .headers(headers -> {
                headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token);
                headers.set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON);
                headers.set(HttpHeaderNames.USER_AGENT, USER_AGENT);
                if (body != null) {
                    headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
                }
            })
            .request(method)
            .uri(uri)
            .send((request, out) -> body == null ? out : out.sendByteArray(Mono.just(body)))
            .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(EMPTY)
                .map(bytes -> new Answer(response.status().code(), response.responseHeaders()
                    .get(HttpHeaderNames.RETRY_AFTER), bytes)))
            .doOnNext(answer -> LOGGER.debug("{} {} answered {}", method, uri, answer.status()));
    }

    String fullPath(String path) {
        return "/" + this.settings.version() + "/" + path;
    }

    private <T> T read(HttpMethod method, String path, Answer answer, JavaType type) {
        try {
            return Json.MAPPER.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new InvalidResponseException(method.name(), path, answer.status(), text(answer.body(), null), e);
        }
    }

    private static ManagementException failure(HttpMethod method, String path, Answer answer, String token) {
        return failure(method, path, answer.status(), answer.retryAfter(), answer.body(), token);
    }

    static ManagementException failure(HttpMethod method, String path, int status, String retryAfter, byte[] body,
                                       String token) {
        String text = text(body, token);
        Map<String, String> fields = errorFields(body, token);
        String detail = fields.getOrDefault("message", fields.getOrDefault("error", text));
        String message = method + " " + path + " answered " + HttpResponseStatus.valueOf(status)
            + (detail.isEmpty() ? "" : ": " + detail);
        return new ManagementException(message, method.name(), path, status, text, fields, retryAfter(retryAfter),
            null);
    }

    /** @return the configured HTTP client, with its timeouts */
    HttpClient client() {
        return this.client;
    }

    /** @return the configuration */
    Settings settings() {
        return this.settings;
    }

    private static Map<String, String> errorFields(byte[] body, String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node != null && node.isObject()) {
                node.fields().forEachRemaining(field -> {
                    if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                        fields.put(field.getKey(), mask(field.getValue().asText(), token));
                    }
                });
            }
        } catch (IOException notJson) {
            return Map.of();
        }
        return fields;
    }

    private static String text(byte[] body, String token) {
        String text = new String(body, 0, Math.min(body.length, BODY_LIMIT), StandardCharsets.UTF_8);
        return mask(text, token);
    }

    private static String mask(String text, String token) {
        return token == null || token.isEmpty() ? text : text.replace(token, "***");
    }

    /**
     * @param value a {@code Retry-After} header: seconds, or an HTTP date
     * @return the pause it asks for, or {@code null} when absent or unreadable
     */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration pause = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return pause.isNegative() ? Duration.ZERO : pause;
            } catch (RuntimeException notADate) {
                return null;
            }
        }
    }

    String queryString(Map<String, String> query) {
        StringJoiner joiner = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> {
            if (value != null) {
                joiner.add(encode(name) + "=" + encode(value));
            }
        });
        if (this.settings.organizationId() != null) {
            joiner.add("organizationID=" + encode(this.settings.organizationId()));
        }
        return joiner.toString();
    }

    /**
     * @param value a path segment or query value, e.g. an id
     * @return it percent-encoded
     */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String version() {
        String version = Transport.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    private record Answer(int status, String retryAfter, byte[] body) {
    }
}
