/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;

/**
 * A secret of the organization ({@code Secret}, singlestore-server.md §1.5; python-sdk-services.md §3.3). Its value
 * is never in {@link #toString()}.
 *
 * @param secretID      its id
 * @param name          its name
 * @param value         its value, when the API sends it; else {@code null}
 * @param createdAt     when it was created
 * @param createdBy     who created it
 * @param lastUpdatedAt when it last changed
 * @param lastUpdatedBy who last changed it
 * @param deletedAt     when it was deleted
 * @param deletedBy     who deleted it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Secret(String secretID, String name, String value, Instant createdAt, String createdBy,
                     Instant lastUpdatedAt, String lastUpdatedBy, Instant deletedAt, String deletedBy) {

    @Override
    public String toString() {
        return "Secret[secretID=" + this.secretID + ", name=" + this.name + ", value="
            + (this.value == null ? "null" : "***") + ", createdAt=" + this.createdAt + ", createdBy=" + this.createdBy
            + ", lastUpdatedAt=" + this.lastUpdatedAt + ", lastUpdatedBy=" + this.lastUpdatedBy + ", deletedAt="
            + this.deletedAt + ", deletedBy=" + this.deletedBy + "]";
    }
}
