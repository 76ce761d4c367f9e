/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST workspaceGroups/{id}/egress/startTableEgress} (python-sdk-services.md §3.2, §1.8): a
 * table exported to an Iceberg catalog. Start from {@link #of(String, String, Map, Map)}; unset fields are not sent.
 * The catalog and storage settings are JSON objects whose fields the API does not document.
 *
 * @param databaseName    the table's database
 * @param tableName       the table
 * @param catalogInfo     the catalog's settings and credentials
 * @param storageInfo     the storage's settings and credentials
 * @param partitions      the partition fields, sent as {@code partitionSpec: {partitions}}; not sent when empty
 * @param sortKeys        the sort keys, sent as {@code sortOrderSpec: {keys}}; not sent when empty
 * @param properties      table properties
 * @param incremental     whether the export keeps following the table; not sent unless {@code true}
 * @param refreshInterval the seconds between the refreshes of an incremental export
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportStart(String databaseName, String tableName, Map<String, Object> catalogInfo,
                          Map<String, Object> storageInfo, @JsonIgnore List<ExportPartition> partitions,
                          @JsonIgnore List<ExportSortKey> sortKeys, Map<String, Object> properties, Boolean incremental,
                          Long refreshInterval) {

    /** Checks the required fields and copies the collections. */
    public ExportStart {
        Objects.requireNonNull(databaseName, "databaseName");
        Objects.requireNonNull(tableName, "tableName");
        catalogInfo = copy(Objects.requireNonNull(catalogInfo, "catalogInfo"));
        storageInfo = copy(Objects.requireNonNull(storageInfo, "storageInfo"));
        partitions = partitions == null ? List.of() : List.copyOf(partitions);
        sortKeys = sortKeys == null ? List.of() : List.copyOf(sortKeys);
        properties = properties == null ? null : copy(properties);
        incremental = Boolean.TRUE.equals(incremental) ? Boolean.TRUE : null;
    }

    /**
     * @param databaseName the table's database
     * @param tableName    the table
     * @param catalogInfo  the catalog's settings and credentials
     * @param storageInfo  the storage's settings and credentials
     * @return a one-time export of the whole table, unpartitioned and unsorted
     */
    public static ExportStart of(String databaseName, String tableName, Map<String, Object> catalogInfo,
                                 Map<String, Object> storageInfo) {
        return new ExportStart(databaseName, tableName, catalogInfo, storageInfo, null, null, null, null, null);
    }

    /**
     * @param newPartitions the partition fields
     * @return a copy with them
     */
    public ExportStart withPartitions(List<ExportPartition> newPartitions) {
        return new ExportStart(databaseName, tableName, catalogInfo, storageInfo, newPartitions, sortKeys, properties,
            incremental, refreshInterval);
    }

    /**
     * @param newSortKeys the sort keys
     * @return a copy with them
     */
    public ExportStart withSortKeys(List<ExportSortKey> newSortKeys) {
        return new ExportStart(databaseName, tableName, catalogInfo, storageInfo, partitions, newSortKeys, properties,
            incremental, refreshInterval);
    }

    /**
     * @param newProperties table properties
     * @return a copy with them
     */
    public ExportStart withProperties(Map<String, Object> newProperties) {
        return new ExportStart(databaseName, tableName, catalogInfo, storageInfo, partitions, sortKeys, newProperties,
            incremental, refreshInterval);
    }

    /**
     * @param interval the time between refreshes, sent in whole seconds
     * @return a copy that exports incrementally
     */
    public ExportStart incremental(Duration interval) {
        return new ExportStart(databaseName, tableName, catalogInfo, storageInfo, partitions, sortKeys, properties,
            true, interval == null ? null : interval.toSeconds());
    }

    /** @return the partition fields as the API takes them, or {@code null} when there are none */
    @JsonProperty("partitionSpec")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    Map<String, Object> partitionSpec() {
        return this.partitions.isEmpty() ? null : spec("partitions", this.partitions);
    }

    /** @return the sort keys as the API takes them, or {@code null} when there are none */
    @JsonProperty("sortOrderSpec")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    Map<String, Object> sortOrderSpec() {
        return this.sortKeys.isEmpty() ? null : spec("keys", this.sortKeys);
    }

    private static Map<String, Object> copy(Map<String, Object> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static Map<String, Object> spec(String name, Object value) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put(name, value);
        return spec;
    }
}
