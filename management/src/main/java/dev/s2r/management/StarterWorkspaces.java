/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.management.api.InvalidResponseException;
import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.StarterUser;
import dev.s2r.management.model.StarterWorkspace;
import dev.s2r.management.model.StarterWorkspaceCreate;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Objects;

/**
 * The starter (shared tier) workspaces of the organization, {@code /v1/sharedtier/virtualWorkspaces}
 * (singlestore-server.md §1.4; python-sdk-services.md §3.2), from {@link SingleStoreManagement#starterWorkspaces()}.
 * Starter workspaces have no state to follow: creating one answers once it exists, and terminating one is a single
 * call. Immutable and thread-safe; every method returns a cold publisher.
 */
public final class StarterWorkspaces {

    private static final String PATH = "sharedtier/virtualWorkspaces";

    private final Transport transport;

    StarterWorkspaces(Transport transport) {
        this.transport = transport;
    }

    /** @return the starter workspaces, {@code GET /v1/sharedtier/virtualWorkspaces} */
    public Flux<StarterWorkspace> list() {
        return this.transport.list(PATH, Map.of(), StarterWorkspace.class);
    }

    /**
     * @param id a starter workspace's id
     * @return the workspace; a {@link dev.s2r.management.api.ManagementException} with status 404 when there is none
     */
    public Mono<StarterWorkspace> get(String id) {
        return this.transport.call(HttpMethod.GET, path(id), Map.of(), null, StarterWorkspace.class);
    }

    /**
     * Creates a starter workspace, then reads it, as the Python SDK does. The POST is not retried: a new
     * subscription creates another workspace.
     *
     * @param create the workspace's name, database, provider and region
     * @return the new workspace
     */
    public Mono<StarterWorkspace> create(StarterWorkspaceCreate create) {
        Objects.requireNonNull(create, "create");
        return this.transport.call(HttpMethod.POST, PATH, Map.of(), create, VirtualWorkspaceId.class)
            .flatMap(created -> get(created.virtualWorkspaceID()));
    }

    /**
     * Terminates a starter workspace, {@code DELETE /v1/sharedtier/virtualWorkspaces/{id}}: a single call, as the
     * workspace has no state to follow.
     *
     * @param id the workspace's id
     * @return completes once the API has accepted it
     */
    public Mono<Void> terminate(String id) {
        return this.transport.call(HttpMethod.DELETE, path(id), Map.of(), null, JsonNode.class)
            .onErrorResume(InvalidResponseException.class, e -> e.body().isEmpty() ? Mono.empty() : Mono.error(e))
            .then();
    }

    /**
     * Creates a user of a starter workspace with a password the server generates. Not retried.
     *
     * @param id       the workspace's id
     * @param userName the user's name
     * @return the user's id and generated password
     */
    public Mono<StarterUser> createUser(String id, String userName) {
        return createUser(id, userName, null);
    }

    /**
     * Creates a user of a starter workspace, {@code POST /v1/sharedtier/virtualWorkspaces/{id}/users}. The password
     * never appears in an error or a log line. Not retried.
     *
     * @param id       the workspace's id
     * @param userName the user's name
     * @param password the user's password, or {@code null} to have the server generate one
     * @return the user's id, and the password when the server generated it
     */
    public Mono<StarterUser> createUser(String id, String userName, String password) {
        UserCreate body = new UserCreate(Objects.requireNonNull(userName, "userName"), password);
        return this.transport.call(HttpMethod.POST, path(id) + "/users", Map.of(), body, StarterUser.class)
            .onErrorMap(error -> Masking.withheld(Masking.mask(error, password)));
    }

    private static String path(String id) {
        return PATH + "/" + Transport.encode(Objects.requireNonNull(id, "id"));
    }

    /** The answer to creating a starter workspace. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VirtualWorkspaceId(String virtualWorkspaceID) {
    }

    /** The body of a user creation (a {@code null} password is not sent); the password is not in toString. */
    record UserCreate(String userName, String password) {

        @Override
        public String toString() {
            return "UserCreate[userName=" + this.userName + ", password=" + (this.password == null ? "null" : "***")
                + "]";
        }
    }
}
