/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.Parameter;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;

/**
 * Bind values that turn the floating-point values SingleStore cannot store into SQL {@code NULL}: the counterpart of
 * the Python SDK's {@code nan_as_null} and {@code inf_as_null} options, one value at a time.
 * <pre>{@code
 * statement.bind("score", SingleStoreParameters.nanAsNull(score));
 * }</pre>
 * Each method returns an {@link Parameter} of type {@link R2dbcType#DOUBLE}: the value itself, or a typed
 * {@code NULL}. Unlike the Python SDK, negative infinity counts as infinite.
 */
public final class SingleStoreParameters {

    private SingleStoreParameters() {
    }

    /**
     * @param value a double
     * @return a typed {@code NULL} when the value is NaN, else the value
     */
    public static Parameter nanAsNull(double value) {
        return Double.isNaN(value) ? nullDouble() : Parameters.in(R2dbcType.DOUBLE, value);
    }

    /**
     * @param value a double
     * @return a typed {@code NULL} when the value is positive or negative infinity, else the value
     */
    public static Parameter infAsNull(double value) {
        return Double.isInfinite(value) ? nullDouble() : Parameters.in(R2dbcType.DOUBLE, value);
    }

    /**
     * @param value a double
     * @return a typed {@code NULL} when the value is NaN or infinite, else the value
     */
    public static Parameter finiteOrNull(double value) {
        return Double.isFinite(value) ? Parameters.in(R2dbcType.DOUBLE, value) : nullDouble();
    }

    private static Parameter nullDouble() {
        return Parameters.in(R2dbcType.DOUBLE);
    }
}
