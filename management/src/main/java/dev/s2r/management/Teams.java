/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.Team;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Objects;

/**
 * The organization's teams, {@code /v1/teams} (singlestore-server.md §1.4), from
 * {@link SingleStoreManagement#teams()}. From the spec: the Python SDK has no teams. Immutable and thread-safe;
 * every method returns a cold publisher.
 */
public final class Teams {

    private final Transport transport;

    Teams(Transport transport) {
        this.transport = transport;
    }

    /** @return the teams, {@code GET /v1/teams} */
    public Flux<Team> list() {
        return this.transport.list("teams", Map.of(), Team.class);
    }

    /**
     * @param id a team's id
     * @return the team, {@code GET /v1/teams/{teamID}}; status 404 when there is none
     */
    public Mono<Team> get(String id) {
        return this.transport.call(HttpMethod.GET, "teams/" + Transport.encode(Objects.requireNonNull(id, "id")),
            Map.of(), null, Team.class);
    }
}
