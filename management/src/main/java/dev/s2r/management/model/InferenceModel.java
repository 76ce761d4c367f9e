/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A model and its status: an element of {@code GET /v1/models}, or the answer to starting ({@code {modelName,
 * hostingPlatform}}), stopping or dropping one ({@code {name, status, hostingPlatform}}, python-sdk-services.md
 * §3.2). Both {@code name} and {@code modelName} are read as its name.
 *
 * @param name            the model's name
 * @param status          its status as sent, e.g. {@code Initializing}; {@code null} when the answer has none
 * @param hostingPlatform where it runs
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InferenceModel(@JsonAlias("modelName") String name, String status, String hostingPlatform) {

    /**
     * @param status a status
     * @return this model, or a copy with the status when it has none
     */
    public InferenceModel withDefaultStatus(String status) {
        return this.status == null ? new InferenceModel(this.name, status, this.hostingPlatform) : this;
    }
}
