/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.ManagementException;
import dev.s2r.management.internal.FileTransport;
import dev.s2r.management.internal.Poller;
import dev.s2r.management.internal.Settings;
import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.CreatedWorkspaceGroup;
import dev.s2r.management.model.Organization;
import dev.s2r.management.model.Region;
import dev.s2r.management.model.SharedTierRegion;
import dev.s2r.management.model.State;
import dev.s2r.management.model.Workspace;
import dev.s2r.management.model.WorkspaceCreate;
import dev.s2r.management.model.WorkspaceGroup;
import dev.s2r.management.model.WorkspaceGroupCreate;
import dev.s2r.management.model.WorkspaceGroupUpdate;
import dev.s2r.management.model.WorkspaceUpdate;
import io.netty.handler.codec.http.HttpMethod;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A client of SingleStore's cloud Management API: immutable and thread-safe, one per token and base URL. Every
 * method returns a cold publisher: nothing is sent until it is subscribed, and each subscription sends again.
 * Failed calls signal a {@link ManagementException}.
 *
 * <p>The long operations return the states observed while polling, each state once, and complete when the target
 * is reached; they fail with a {@link dev.s2r.management.api.LongOperationException} on {@code FAILED} or at their
 * timeout (see {@link LongOperation} for the defaults). Cancelling the subscription stops the polling; it does not
 * undo the operation, which the API has already accepted.
 */
public final class SingleStoreManagement {

    private static final Duration ENDPOINT_ATTEMPT = Duration.ofSeconds(5);
    private static final int ACCESS_DENIED = 1045;

    private final Settings settings;
    private final Transport transport;
    private final FileTransport fileTransport;

    SingleStoreManagement(Settings settings) {
        this.settings = settings;
        this.transport = new Transport(settings);
        this.fileTransport = new FileTransport(this.transport);
    }

    /**
     * @param token the bearer token (an API key); other settings come from the environment or their defaults
     * @return the client
     */
    public static SingleStoreManagement create(String token) {
        return builder().token(Objects.requireNonNull(token, "token")).build();
    }

    /** @return a builder, every setting at its environment value or default */
    public static SingleStoreManagementBuilder builder() {
        return new SingleStoreManagementBuilder();
    }

    /** @return the regions where workspace groups can be created, {@code GET /v1/regions} */
    public Flux<Region> regions() {
        return this.transport.list("regions", Map.of(), Region.class);
    }

    /** @return the regions of starter (shared tier) workspaces, {@code GET /v1/regions/sharedtier} */
    public Flux<SharedTierRegion> sharedTierRegions() {
        return this.transport.list("regions/sharedtier", Map.of(), SharedTierRegion.class);
    }

    /** @return the token's organization, {@code GET /v1/organizations/current} */
    public Mono<Organization> currentOrganization() {
        return this.transport.call(HttpMethod.GET, "organizations/current", Map.of(), null, Organization.class);
    }

    /** @return the workspace groups that are not terminated */
    public Flux<WorkspaceGroup> workspaceGroups() {
        return workspaceGroups(false);
    }

    /**
     * @param includeTerminated whether terminated groups are listed too
     * @return the workspace groups, {@code GET /v1/workspaceGroups}
     */
    public Flux<WorkspaceGroup> workspaceGroups(boolean includeTerminated) {
        return this.transport.list("workspaceGroups", query("includeTerminated", includeTerminated ? "true" : null),
            WorkspaceGroup.class);
    }

    /**
     * @param id a workspace group's id
     * @return the group; a {@link ManagementException} with status 404 when there is none
     */
    public Mono<WorkspaceGroup> workspaceGroup(String id) {
        return this.transport.call(HttpMethod.GET, groupPath(id), Map.of(), null, WorkspaceGroup.class);
    }

    /**
     * Creates a workspace group; it is usable once its state is {@code ACTIVE}. Not retried.
     *
     * @param create the group's settings
     * @return its id, and the admin password when the server generated it
     */
    public Mono<CreatedWorkspaceGroup> createWorkspaceGroup(WorkspaceGroupCreate create) {
        Objects.requireNonNull(create, "create");
        return this.transport.call(HttpMethod.POST, "workspaceGroups", Map.of(), create, CreatedWorkspaceGroup.class);
    }

    /**
     * Changes the fields of a workspace group that the update sets. Not retried.
     *
     * @param id     the group's id
     * @param update the changes
     * @return the group's id
     */
    public Mono<String> updateWorkspaceGroup(String id, WorkspaceGroupUpdate update) {
        Objects.requireNonNull(update, "update");
        return this.transport.call(HttpMethod.PATCH, groupPath(id), Map.of(), update, GroupId.class)
            .map(GroupId::workspaceGroupID);
    }

    /**
     * Terminates a workspace group, then follows it until its {@code terminatedAt} is set
     * ({@link LongOperation#TERMINATE_WORKSPACE_GROUP}).
     *
     * @param id    the group's id
     * @param force whether to terminate a group that still has workspaces; without it, only an empty group can be
     *              terminated
     * @return the group's observed states, the last one terminated
     */
    public Flux<WorkspaceGroup> terminateWorkspaceGroup(String id, boolean force) {
        String path = groupPath(id);
        Poller<WorkspaceGroup> poller = new Poller<>(LongOperation.TERMINATE_WORKSPACE_GROUP,
            this.settings.polling(LongOperation.TERMINATE_WORKSPACE_GROUP),
            group -> group.state() + "/" + group.isTerminated(), group -> String.valueOf(group.state()),
            WorkspaceGroup::isTerminated, group -> false);
        return this.transport.call(HttpMethod.DELETE, path, query("force", force ? "true" : null), null, GroupId.class)
            .thenMany(poller.follow(id, "/" + this.settings.version() + "/" + path, workspaceGroup(id)));
    }

    /**
     * @param workspaceGroupId a workspace group's id
     * @return its workspaces that are not terminated
     */
    public Flux<Workspace> workspaces(String workspaceGroupId) {
        return workspaces(workspaceGroupId, false);
    }

    /**
     * @param workspaceGroupId  a workspace group's id
     * @param includeTerminated whether terminated workspaces are listed too
     * @return its workspaces, {@code GET /v1/workspaces?workspaceGroupID=...}
     */
    public Flux<Workspace> workspaces(String workspaceGroupId, boolean includeTerminated) {
        Map<String, String> query = query("workspaceGroupID", Objects.requireNonNull(workspaceGroupId,
            "workspaceGroupId"));
        query.put("includeTerminated", includeTerminated ? "true" : null);
        return this.transport.list("workspaces", query, Workspace.class);
    }

    /**
     * @param id a workspace's id
     * @return the workspace; a {@link ManagementException} with status 404 when there is none
     */
    public Mono<Workspace> workspace(String id) {
        return this.transport.call(HttpMethod.GET, workspacePath(id), Map.of(), null, Workspace.class);
    }

    /**
     * Creates a workspace and follows it until it is {@code ACTIVE} ({@link LongOperation#CREATE_WORKSPACE}). The
     * POST is not retried: a new subscription creates another workspace.
     *
     * @param create the workspace's settings
     * @return its observed states, the last one {@code ACTIVE}
     */
    public Flux<Workspace> createWorkspace(WorkspaceCreate create) {
        Objects.requireNonNull(create, "create");
        return this.transport.call(HttpMethod.POST, "workspaces", Map.of(), create, WorkspaceId.class)
            .flatMapMany(created -> follow(LongOperation.CREATE_WORKSPACE, created.workspaceID(), State.ACTIVE,
                State.ACTIVE));
    }

    /**
     * Changes the fields of a workspace that the update sets (the API answers 409 while it cannot). Not retried.
     *
     * @param id     the workspace's id
     * @param update the changes
     * @return the workspace's id
     */
    public Mono<String> updateWorkspace(String id, WorkspaceUpdate update) {
        Objects.requireNonNull(update, "update");
        return this.transport.call(HttpMethod.PATCH, workspacePath(id), Map.of(), update, WorkspaceId.class)
            .map(WorkspaceId::workspaceID);
    }

    /**
     * Suspends a workspace and follows it until it is {@code SUSPENDED} ({@link LongOperation#SUSPEND_WORKSPACE}).
     *
     * @param id the workspace's id
     * @return its observed states, the last one {@code SUSPENDED}
     */
    public Flux<Workspace> suspendWorkspace(String id) {
        return this.transport.call(HttpMethod.POST, workspacePath(id) + "/suspend", Map.of(), null, WorkspaceId.class)
            .thenMany(follow(LongOperation.SUSPEND_WORKSPACE, id, State.SUSPENDED, State.SUSPENDED));
    }

    /**
     * Resumes a workspace and follows it until it is {@code RESUMED} or {@code ACTIVE}
     * ({@link LongOperation#RESUME_WORKSPACE}).
     *
     * @param id                 the workspace's id
     * @param disableAutoSuspend whether to turn its auto-suspension off
     * @return its observed states, the last one {@code RESUMED} or {@code ACTIVE}
     */
    public Flux<Workspace> resumeWorkspace(String id, boolean disableAutoSuspend) {
        return this.transport.call(HttpMethod.POST, workspacePath(id) + "/resume", Map.of(),
                new Resume(disableAutoSuspend), WorkspaceId.class)
            .thenMany(follow(LongOperation.RESUME_WORKSPACE, id, State.RESUMED, State.ACTIVE));
    }

    /**
     * @param id the workspace's id
     * @return its observed states while it resumes, keeping its auto-suspension
     */
    public Flux<Workspace> resumeWorkspace(String id) {
        return resumeWorkspace(id, false);
    }

    /**
     * Terminates a workspace and follows it until it is {@code TERMINATED} ({@link LongOperation#TERMINATE_WORKSPACE}).
     *
     * @param id the workspace's id
     * @return its observed states, the last one {@code TERMINATED}
     */
    public Flux<Workspace> terminateWorkspace(String id) {
        return this.transport.call(HttpMethod.DELETE, workspacePath(id), Map.of(), null, WorkspaceId.class)
            .thenMany(follow(LongOperation.TERMINATE_WORKSPACE, id, State.TERMINATED, State.TERMINATED));
    }

    /**
     * @param deploymentId a workspace group's id, or a starter workspace's (singlestore-server.md §1.4)
     * @return its Stage, {@code /v1/stage/{deploymentId}/fs}; nothing is sent until a call is subscribed
     */
    public FileSpace stage(String deploymentId) {
        return new HttpFileSpace(this.settings.version(), this.transport, this.fileTransport, "stage/"
            + Transport.encode(Objects.requireNonNull(deploymentId, "deploymentId")) + "/fs", true);
    }

    /** @return the organization's Files spaces: personal, shared and models */
    public FileSpaces files() {
        return new FileSpaces(this.settings.version(), this.transport, this.fileTransport);
    }

    /**
     * Waits until an active workspace's SQL endpoint answers a login ({@link LongOperation#AWAIT_ENDPOINT}): a
     * login that succeeds, or that the server refuses with error 1045 (access denied, so the server is up), ends
     * the wait, as in the Python SDK's endpoint check (python-sdk-services.md §3.4). Each attempt is bounded by 5 s.
     *
     * @param workspace an active workspace with an endpoint
     * @param user      a database user
     * @param password  its password
     * @return the workspace, once its endpoint answers; a {@link dev.s2r.management.api.LongOperationException}
     *     with reason {@code TIMEOUT} when it does not in time
     */
    public Mono<Workspace> awaitEndpoint(Workspace workspace, String user, String password) {
        ConnectionFactory factory = workspace.connectionFactory(user, password, ENDPOINT_ATTEMPT);
        Mono<Boolean> attempt = Mono.usingWhen(Mono.from(factory.create()), connection -> Mono.just(true),
                Connection::close)
            .timeout(ENDPOINT_ATTEMPT.plusSeconds(1))
            .onErrorResume(error -> Mono.just(accessDenied(error)));
        Poller<Boolean> poller = new Poller<>(LongOperation.AWAIT_ENDPOINT,
            this.settings.polling(LongOperation.AWAIT_ENDPOINT), up -> up, up -> up ? "answering" : "not answering",
            up -> up, up -> false);
        return poller.follow(workspace.workspaceID(), workspace.endpoint(), attempt).then(Mono.just(workspace));
    }

    /** @return the starter (shared tier) workspaces: list, get, create, terminate, create users */
    public StarterWorkspaces starterWorkspaces() {
        return new StarterWorkspaces(this.transport);
    }

    /** @return the organization's secrets: get by name, and (beyond the Python SDK) create, update, delete */
    public Secrets secrets() {
        return new Secrets(this.transport, this.settings.version());
    }

    /** @return the organization's billing usage */
    public Billing billing() {
        return new Billing(this.transport);
    }

    /** @return the organization's teams */
    public Teams teams() {
        return new Teams(this.transport);
    }

    /** @return the organization's users */
    public Users users() {
        return new Users(this.transport);
    }

    /** @return the organization's projects */
    public Projects projects() {
        return new Projects(this.transport);
    }

    /** @return the inference APIs and models: get, list, start, stop, drop */
    public InferenceApis inferenceApis() {
        return new InferenceApis(this.transport);
    }

    /** @return the scheduled notebook jobs of the organization, {@code /v1/jobs} */
    public Jobs jobs() {
        return new Jobs(this.settings, this.transport);
    }

    /**
     * @param workspaceGroupId a workspace group's id
     * @return the exports of its tables, {@code /v1/workspaceGroups/{id}/egress}
     */
    public Exports exports(String workspaceGroupId) {
        return new Exports(this.transport, workspaceGroupId);
    }

    private static boolean accessDenied(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof R2dbcException r2dbc && r2dbc.getErrorCode() == ACCESS_DENIED) {
                return true;
            }
        }
        return false;
    }

    private Flux<Workspace> follow(LongOperation operation, String id, State target, State alsoTarget) {
        Poller<Workspace> poller = new Poller<>(operation, this.settings.polling(operation), Workspace::state,
            workspace -> String.valueOf(workspace.state()),
            workspace -> target.equals(workspace.state()) || alsoTarget.equals(workspace.state()),
            workspace -> State.FAILED.equals(workspace.state()));
        return poller.follow(id, "/" + this.settings.version() + "/" + workspacePath(id), workspace(id));
    }

    private static String groupPath(String id) {
        return "workspaceGroups/" + Transport.encode(Objects.requireNonNull(id, "id"));
    }

    private static String workspacePath(String id) {
        return "workspaces/" + Transport.encode(Objects.requireNonNull(id, "id"));
    }

    private static Map<String, String> query(String name, String value) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(name, value);
        return query;
    }

    @Override
    public String toString() {
        return "SingleStoreManagement[" + this.settings + "]";
    }

    /** The answer of group calls, {@code {workspaceGroupID}}. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record GroupId(String workspaceGroupID) {
    }

    /** The answer of workspace calls, {@code {workspaceID}}. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record WorkspaceId(String workspaceID) {
    }

    /** The body of a resume. */
    record Resume(boolean disableAutoSuspend) {
    }
}
