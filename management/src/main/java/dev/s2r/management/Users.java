/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.User;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Objects;

/**
 * The organization's users, {@code /v1/users} (singlestore-server.md §1.4), from
 * {@link SingleStoreManagement#users()}. From the spec: the Python SDK has no users. Immutable and thread-safe;
 * every method returns a cold publisher.
 */
public final class Users {

    private final Transport transport;

    Users(Transport transport) {
        this.transport = transport;
    }

    /** @return the users, {@code GET /v1/users} */
    public Flux<User> list() {
        return this.transport.list("users", Map.of(), User.class);
    }

    /**
     * @param email an email address
     * @return the users with it, {@code GET /v1/users?email=...}
     */
    public Flux<User> listByEmail(String email) {
        return this.transport.list("users", Map.of("email", Objects.requireNonNull(email, "email")), User.class);
    }

    /**
     * @param id a user's id
     * @return the user, {@code GET /v1/users/{userID}}; status 404 when there is none
     */
    public Mono<User> get(String id) {
        return this.transport.call(HttpMethod.GET, "users/" + Transport.encode(Objects.requireNonNull(id, "id")),
            Map.of(), null, User.class);
    }

    /** @return the user of the token, {@code GET /v1/users/current} */
    public Mono<User> current() {
        return this.transport.call(HttpMethod.GET, "users/current", Map.of(), null, User.class);
    }
}
