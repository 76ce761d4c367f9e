/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.internal.Transport;
import dev.s2r.management.model.InferenceApi;
import dev.s2r.management.model.InferenceModel;
import io.netty.handler.codec.http.HttpMethod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.Objects;

/**
 * The organization's inference APIs and models, from {@link SingleStoreManagement#inferenceApis()}, on the Python
 * SDK's paths (python-sdk-services.md §3.2, §1.8 models.py): {@code GET /v1/inferenceapis/{projectID}/{modelName}},
 * {@code GET /v1/models}, {@code POST /v1/models/{name}/start|stop} and {@code DELETE /v1/models/{name}}. These
 * paths are not in the published spec's inventory. Immutable and thread-safe; every method returns a cold publisher.
 */
public final class InferenceApis {

    private final Transport transport;

    InferenceApis(Transport transport) {
        this.transport = transport;
    }

    /**
     * @param projectId the project's id (the Python SDK takes {@code SINGLESTOREDB_PROJECT})
     * @param modelName the model's name
     * @return the model's inference API; status 404 when there is none
     */
    public Mono<InferenceApi> get(String projectId, String modelName) {
        return this.transport.call(HttpMethod.GET, "inferenceapis/" + encode(projectId, "projectId") + "/"
            + encode(modelName, "modelName"), Map.of(), null, InferenceApi.class);
    }

    /** @return the models and their status, {@code GET /v1/models} */
    public Flux<InferenceModel> models() {
        return this.transport.list("models", Map.of(), InferenceModel.class);
    }

    /**
     * Starts a model. The answer has no status; it is {@code Initializing}, as the Python SDK reports it. Not
     * retried.
     *
     * @param name the model's name
     * @return the model, with status {@code Initializing} unless the answer gives one
     */
    public Mono<InferenceModel> start(String name) {
        return change(HttpMethod.POST, modelPath(name) + "/start", "Initializing");
    }

    /**
     * Stops a model. Not retried.
     *
     * @param name the model's name
     * @return the model, with the answer's status, else {@code Suspended} as the Python SDK reports it
     */
    public Mono<InferenceModel> stop(String name) {
        return change(HttpMethod.POST, modelPath(name) + "/stop", "Suspended");
    }

    /**
     * Drops a model, {@code DELETE /v1/models/{name}}.
     *
     * @param name the model's name
     * @return the model, with the answer's status, else {@code Deleted} as the Python SDK reports it
     */
    public Mono<InferenceModel> drop(String name) {
        return change(HttpMethod.DELETE, modelPath(name), "Deleted");
    }

    private Mono<InferenceModel> change(HttpMethod method, String path, String defaultStatus) {
        return this.transport.call(method, path, Map.of(), null, InferenceModel.class)
            .map(model -> model.withDefaultStatus(defaultStatus));
    }

    private static String modelPath(String name) {
        return "models/" + encode(name, "name");
    }

    private static String encode(String value, String what) {
        return Transport.encode(Objects.requireNonNull(value, what));
    }
}
