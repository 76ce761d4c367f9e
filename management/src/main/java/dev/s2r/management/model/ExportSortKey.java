/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * A sort key of an export ({@code sortOrderSpec.keys[]} of {@code startTableEgress}, python-sdk-services.md §3.2,
 * §1.8). {@code null} fields are not sent.
 *
 * @param transform a transform of the column, as for {@link ExportPartition}
 * @param name      the column
 * @param direction {@code ascending} or {@code descending}
 * @param nullOrder {@code nulls_first} or {@code nulls_last}, sent as {@code null_order}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportSortKey(String transform, String name, String direction,
                            @JsonProperty("null_order") String nullOrder) {

    /** Checks the fields. */
    public ExportSortKey {
        Objects.requireNonNull(transform, "transform");
        Objects.requireNonNull(name, "name");
    }
}
