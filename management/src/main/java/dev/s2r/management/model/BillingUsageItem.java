/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The usage of one resource over one period (singlestore-server.md §1.5: {@code value} is a string). The Python SDK
 * reads {@code resource_type} (python-sdk-services.md §3.2); both spellings are read.
 *
 * @param resourceId   the resource's id
 * @param resourceName its name
 * @param resourceType its type
 * @param ownerId      the id of its owner
 * @param startTime    the period's start
 * @param endTime      the period's end
 * @param value        the usage, as the API writes it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BillingUsageItem(String resourceId, String resourceName,
                               @JsonAlias("resource_type") String resourceType, String ownerId, Instant startTime,
                               Instant endTime, String value) {

    /**
     * @return the usage as a number
     * @throws NumberFormatException when the value is absent or not a number
     */
    public BigDecimal decimalValue() {
        if (this.value == null) {
            throw new NumberFormatException("The usage of " + this.resourceId + " has no value");
        }
        return new BigDecimal(this.value.trim());
    }
}
