/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import io.r2dbc.spi.Result.UpdateCount;

/**
 * An update count segment.
 */
final class UpdateCountImpl implements UpdateCount {

    private final long value;

    UpdateCountImpl(long value) {
        this.value = value;
    }

    @Override
    public long value() {
        return this.value;
    }
}
