/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.Project;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Objects;

/**
 * The organization's projects, {@code /v1/projects} (singlestore-server.md §1.4), from
 * {@link SingleStoreManagement#projects()}. From the spec: the Python SDK has no projects. Immutable and
 * thread-safe; every method returns a cold publisher.
 */
public final class Projects {

    private final Transport transport;

    Projects(Transport transport) {
        this.transport = transport;
    }

    /** @return the projects, {@code GET /v1/projects} */
    public Flux<Project> list() {
        return this.transport.list("projects", Map.of(), Project.class);
    }

    /**
     * @param id a project's id
     * @return the project, {@code GET /v1/projects/{projectID}}; status 404 when there is none
     */
    public Mono<Project> get(String id) {
        return this.transport.call(HttpMethod.GET, "projects/" + Transport.encode(Objects.requireNonNull(id, "id")),
            Map.of(), null, Project.class);
    }
}
