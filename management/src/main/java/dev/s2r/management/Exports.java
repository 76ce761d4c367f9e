/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.management.internal.Json;
import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.ExportStart;
import dev.s2r.management.model.ExportStatus;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The exports (egress) of a workspace group's tables to Iceberg catalogs, {@code /v1/workspaceGroups/{id}/egress/…},
 * from {@link SingleStoreManagement#exports(String)}. These endpoints are not in the published spec; their paths and
 * bodies are the Python SDK's (python-sdk-services.md §3.2, §1.8; python-sdk-audit.md "Management"). The status
 * reads are GETs and the drop a DELETE, each with a JSON body. Immutable and thread-safe; every method returns a
 * cold publisher.
 */
public final class Exports {

    private final Transport transport;
    private final String workspaceGroupId;

    Exports(Transport transport, String workspaceGroupId) {
        this.transport = transport;
        this.workspaceGroupId = Objects.requireNonNull(workspaceGroupId, "workspaceGroupId");
    }

    /** @return the id of the workspace group whose exports these are */
    public String workspaceGroupId() {
        return this.workspaceGroupId;
    }

    /**
     * Creates the identity the group's cluster uses towards the catalog and the storage,
     * {@code POST …/egress/createEgressClusterIdentity}. Not retried.
     *
     * @param catalogInfo the catalog's settings and credentials
     * @param storageInfo the storage's settings and credentials
     * @return the identity
     */
    public Mono<String> createClusterIdentity(Map<String, Object> catalogInfo, Map<String, Object> storageInfo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("catalogInfo", Objects.requireNonNull(catalogInfo, "catalogInfo"));
        body.put("storageInfo", Objects.requireNonNull(storageInfo, "storageInfo"));
        return this.transport.call(HttpMethod.POST, path("createEgressClusterIdentity"), Map.of(), body,
            Identity.class).map(Identity::identity);
    }

    /**
     * Starts exporting a table, {@code POST …/egress/startTableEgress}. Not retried.
     *
     * @param start the table, the catalog, the storage and how to lay the data out
     * @return the export's id
     */
    public Mono<String> start(ExportStart start) {
        Objects.requireNonNull(start, "start");
        return this.transport.call(HttpMethod.POST, path("startTableEgress"), Map.of(), start, EgressId.class)
            .map(EgressId::egressID);
    }

    /**
     * @param egressId an export's id
     * @return its status, {@code GET …/egress/tableEgressStatus} with the body {@code {egressID}}
     */
    public Mono<ExportStatus> status(String egressId) {
        return this.transport.call(HttpMethod.GET, path("tableEgressStatus"), Map.of(), new EgressId(egressId),
            ExportStatus.class);
    }

    /**
     * @param scope which exports, e.g. {@code all} (the Python SDK's default); the API does not document the others
     * @return their statuses, {@code GET …/egress/tableEgressStatus} with the body {@code {scope}}; the answer is a
     *     list, or one status (the reference allows both: python-sdk-services.md §3.2)
     */
    public Flux<ExportStatus> statuses(String scope) {
        return this.transport.call(HttpMethod.GET, path("tableEgressStatus"), Map.of(),
                Map.of("scope", Objects.requireNonNull(scope, "scope")), JsonNode.class)
            .flatMapIterable(answer -> answer.isArray()
                ? List.of(Json.MAPPER.convertValue(answer, ExportStatus[].class))
                : List.of(Json.MAPPER.convertValue(answer, ExportStatus.class)));
    }

    /**
     * Suspends an export, {@code POST …/egress/suspendTableEgress}. Not retried.
     *
     * @param egressId the export's id
     * @return completes once the API accepted it
     */
    public Mono<Void> suspend(String egressId) {
        return this.transport.callIgnoringAnswer(HttpMethod.POST, path("suspendTableEgress"), Map.of(),
            new EgressId(egressId));
    }

    /**
     * Resumes a suspended export, {@code POST …/egress/resumeTableEgress}. Not retried.
     *
     * @param egressId the export's id
     * @return completes once the API accepted it
     */
    public Mono<Void> resume(String egressId) {
        return this.transport.callIgnoringAnswer(HttpMethod.POST, path("resumeTableEgress"), Map.of(),
            new EgressId(egressId));
    }

    /**
     * Drops an export, {@code DELETE …/egress/dropTableEgress} with the body {@code {egressID}}.
     *
     * @param egressId the export's id
     * @return completes once the API accepted it
     */
    public Mono<Void> drop(String egressId) {
        return this.transport.callIgnoringAnswer(HttpMethod.DELETE, path("dropTableEgress"), Map.of(),
            new EgressId(egressId));
    }

    private String path(String action) {
        return "workspaceGroups/" + Transport.encode(this.workspaceGroupId) + "/egress/" + action;
    }

    @Override
    public String toString() {
        return "Exports[workspaceGroupId=" + this.workspaceGroupId + "]";
    }

    /** The body and answer naming an export, {@code {egressID}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EgressId(String egressID) {

        EgressId {
            Objects.requireNonNull(egressID, "egressId");
        }
    }

    /** The answer of {@code createEgressClusterIdentity}, {@code {identity}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Identity(String identity) {
    }
}
