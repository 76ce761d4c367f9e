/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples;

import dev.s2r.management.SingleStoreManagement;
import dev.s2r.management.api.LongOperationException;
import dev.s2r.management.model.Region;
import dev.s2r.management.model.Workspace;
import dev.s2r.management.model.WorkspaceCreate;
import dev.s2r.management.model.WorkspaceGroup;
import io.r2dbc.spi.Connection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

/**
 * SingleStore's Management API with s2r-management: list the regions and workspace groups, and create a workspace
 * as a stream of the states it goes through. docs/management.md shows these methods' marked regions.
 *
 * <p>Run against the real API with {@code SINGLESTOREDB_MANAGEMENT_TOKEN} set; it only lists, unless given the id
 * of a workspace group and a name, when it creates a workspace there (which costs money):
 * {@code java dev.s2r.examples.Management [workspaceGroupID workspaceName]}.
 */
public final class Management {

    private Management() {
    }

    /**
     * @param management a client
     * @return one line per region, then one per workspace group
     */
    static Flux<String> listRegionsAndGroups(SingleStoreManagement management) {
        // snippet:list
        Flux<String> regions = management.regions()
            .map((Region region) -> region.provider() + " " + region.region() + " (" + region.regionID() + ")");
        Flux<String> groups = management.workspaceGroups()
            .map((WorkspaceGroup group) -> group.name() + " is " + group.state() + " in " + group.regionName());
        // end-snippet
        return regions.concatWith(groups);
    }

    /**
     * @param management       a client
     * @param workspaceGroupId the group to create the workspace in
     * @param name             the workspace's name
     * @return one line per state the new workspace went through, the last one {@code ACTIVE}
     */
    static Flux<String> createWorkspace(SingleStoreManagement management, String workspaceGroupId, String name) {
        // snippet:create
        Flux<String> states = management.createWorkspace(WorkspaceCreate.of(workspaceGroupId, name).withSize("S-00"))
            .map((Workspace workspace) -> workspace.name() + " is " + workspace.state()
                + (workspace.endpoint() == null ? "" : " at " + workspace.endpoint()))
            .onErrorResume(LongOperationException.class,
                failed -> Flux.just(name + " did not become ACTIVE: " + failed.getMessage()));
        // end-snippet
        return states;
    }

    /**
     * @param workspace an ACTIVE workspace
     * @param user      a database user of its group
     * @param password  the user's password
     * @return what the workspace answers to {@code SELECT 1 + 1}
     */
    static Mono<Long> query(Workspace workspace, String user, String password) {
        // snippet:query
        Mono<Long> sum = Mono.usingWhen(Mono.from(workspace.connectionFactory(user, password).create()),
            connection -> Mono.from(connection.createStatement("SELECT 1 + 1").execute())
                .flatMap(result -> Mono.from(result.map(row -> row.get(0, Long.class)))),
            Connection::close);
        // end-snippet
        return sum;
    }

    /**
     * Lists, then creates a workspace when the group and name are given.
     *
     * @param management a client
     * @param args       nothing, or a workspace group id and a workspace name
     * @return the lines
     */
    static List<String> run(SingleStoreManagement management, String... args) {
        Flux<String> lines = listRegionsAndGroups(management);
        if (args.length == 2) {
            lines = lines.concatWith(createWorkspace(management, args[0], args[1]));
        }
        return lines.collectList().block(Duration.ofMinutes(15));
    }

    /**
     * Runs the example against the API of {@code SINGLESTOREDB_MANAGEMENT_TOKEN}.
     *
     * @param args nothing, or a workspace group id and a workspace name
     */
    public static void main(String[] args) {
        // snippet:client
        SingleStoreManagement management = SingleStoreManagement.builder() // token from SINGLESTOREDB_MANAGEMENT_TOKEN
            .responseTimeout(Duration.ofSeconds(30))
            .build();
        // end-snippet
        run(management, args).forEach(System.out::println);
    }
}
