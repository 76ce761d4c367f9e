/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.management.api.InvalidResponseException;
import dev.s2r.management.api.ManagementException;
import dev.s2r.management.internal.Json;
import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.Secret;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The secrets of the organization, {@code /v1/secrets}, from {@link SingleStoreManagement#secrets()}.
 * {@link #get(String)} reads a secret by name as the Python SDK's {@code get_secret} does; listing, reading by id,
 * creating, updating and deleting come from the spec (singlestore-server.md §1.4) and go beyond the Python SDK.
 *
 * <p>A secret's value never appears in a {@code toString()}, a log line or an error: an error answer that echoes the
 * value sent has it masked, and an answer that is not the expected JSON is reported without its body. Lists are read
 * both as a bare array (the spec) and as {@code {"secrets": [...]}} (what the Python SDK reads). Immutable and
 * thread-safe; every method returns a cold publisher.
 */
public final class Secrets {

    private static final String PATH = "secrets";

    private final Transport transport;
    private final String fullPath;

    Secrets(Transport transport, String version) {
        this.transport = transport;
        this.fullPath = "/" + version + "/" + PATH;
    }

    /**
     * Beyond the Python SDK.
     *
     * @return the organization's secrets, {@code GET /v1/secrets}
     */
    public Flux<Secret> list() {
        return find(null).flatMapIterable(secrets -> secrets);
    }

    /**
     * The secret with this name, {@code GET /v1/secrets?name=...}, as the Python SDK's {@code get_secret}: it is an
     * error when no secret or several secrets have the name.
     *
     * @param name the secret's name
     * @return the secret; a {@link ManagementException} whose {@code isNotFound()} is true when none has the name,
     *     with status 409 when several do (both made by the client, as the API answered 200)
     */
    public Mono<Secret> get(String name) {
        Objects.requireNonNull(name, "name");
        return find(name).flatMap(secrets -> switch (secrets.size()) {
            case 1 -> Mono.just(secrets.get(0));
            case 0 -> Mono.error(notOne(name, 404, "no secret is named"));
            default -> Mono.error(notOne(name, 409, secrets.size() + " secrets are named"));
        });
    }

    /**
     * Beyond the Python SDK.
     *
     * @param id a secret's id
     * @return the secret, {@code GET /v1/secrets/{secretID}}
     */
    public Mono<Secret> getById(String id) {
        return one(HttpMethod.GET, path(id), null, null);
    }

    /**
     * Creates a secret, {@code POST /v1/secrets}. Beyond the Python SDK. Not retried.
     *
     * @param name  its name
     * @param value its value
     * @return the new secret
     */
    public Mono<Secret> create(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return one(HttpMethod.POST, PATH, new SecretBody(name, value), value);
    }

    /**
     * Changes a secret's value, {@code PATCH /v1/secrets/{secretID}}. Beyond the Python SDK. Not retried.
     *
     * @param id    the secret's id
     * @param value its new value
     * @return the secret
     */
    public Mono<Secret> update(String id, String value) {
        Objects.requireNonNull(value, "value");
        return one(HttpMethod.PATCH, path(id), new SecretBody(null, value), value);
    }

    /**
     * Deletes a secret, {@code DELETE /v1/secrets/{secretID}}. Beyond the Python SDK.
     *
     * @param id the secret's id
     * @return completes once the API has accepted it
     */
    public Mono<Void> delete(String id) {
        return this.transport.call(HttpMethod.DELETE, path(id), Map.of(), null, JsonNode.class)
            .onErrorResume(InvalidResponseException.class, e -> e.body().isEmpty() ? Mono.empty() : Mono.error(e))
            .onErrorMap(Masking::withheld)
            .then();
    }

    private Mono<List<Secret>> find(String name) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("name", name);
        return this.transport.call(HttpMethod.GET, PATH, query, null, JsonNode.class)
            .map(answer -> {
                JsonNode list = answer.isArray() ? answer : answer.path("secrets");
                if (!list.isArray()) {
                    throw invalid("GET", "a list of secrets");
                }
                List<Secret> secrets = new ArrayList<>();
                list.forEach(node -> secrets.add(secret(node, "GET")));
                return secrets;
            })
            .onErrorMap(Masking::withheld);
    }

    private Mono<Secret> one(HttpMethod method, String path, SecretBody body, String value) {
        return this.transport.call(method, path, Map.of(), body, JsonNode.class)
            .map(answer -> secret(answer.has("secret") ? answer.get("secret") : answer, method.name()))
            .onErrorMap(error -> Masking.withheld(Masking.mask(error, value)));
    }

    private Secret secret(JsonNode node, String method) {
        if (!node.isObject()) {
            throw invalid(method, "a secret");
        }
        try {
            return Json.MAPPER.treeToValue(node, Secret.class);
        } catch (IOException | IllegalArgumentException e) {
            throw invalid(method, "a secret");
        }
    }

    private InvalidResponseException invalid(String method, String expected) {
        return new InvalidResponseException(method, this.fullPath, 200, "",
            new IllegalStateException("the answer is not " + expected + " (not shown, as it may hold a secret)"));
    }

    private ManagementException notOne(String name, int status, String problem) {
        return new ManagementException(problem + " " + name, "GET", this.fullPath, status, "", Map.of(), null);
    }

    private static String path(String id) {
        return PATH + "/" + Transport.encode(Objects.requireNonNull(id, "id"));
    }

    /** The body of a create ({@code {name, value}}) or an update ({@code {value}}); its value is not in toString. */
    record SecretBody(String name, String value) {

        @Override
        public String toString() {
            return "SecretBody[name=" + this.name + ", value=***]";
        }
    }
}
