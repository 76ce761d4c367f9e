/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The inference API of a model in a project, {@code GET /v1/inferenceapis/{projectID}/{modelName}}
 * (python-sdk-services.md §3.2).
 *
 * @param serviceID             its service's id
 * @param projectID             the project's id
 * @param modelName             the model's name
 * @param name                  its name
 * @param connectionURL         its URL
 * @param internalConnectionURL its URL from inside SingleStore's cloud (notebooks)
 * @param hostingPlatform       where the model runs, e.g. {@code Amazon}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InferenceApi(String serviceID, String projectID, String modelName, String name, String connectionURL,
                           String internalConnectionURL, String hostingPlatform) {

    /**
     * @return the internal URL, else the public one, as the Python SDK's AI factories choose
     *     (python-sdk-services.md §4)
     */
    public String preferredURL() {
        return this.internalConnectionURL == null || this.internalConnectionURL.isEmpty() ? this.connectionURL
            : this.internalConnectionURL;
    }
}
