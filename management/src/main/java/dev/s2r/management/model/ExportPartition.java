/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import java.util.Objects;

/**
 * A partition field of an export ({@code partitionSpec.partitions[]} of {@code startTableEgress},
 * python-sdk-services.md §3.2, §1.8): a transform of a column.
 *
 * @param transform {@code void}, {@code identity}, {@code year}, {@code month}, {@code day} or {@code hour}
 * @param name      the column
 */
public record ExportPartition(String transform, String name) {

    /** Checks the fields. */
    public ExportPartition {
        Objects.requireNonNull(transform, "transform");
        Objects.requireNonNull(name, "name");
    }
}
