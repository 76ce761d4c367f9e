/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.row;

import io.r2dbc.spi.Result.RowSegment;

/**
 * A row segment: owns its row, which whoever consumes the segment releases ({@link RowResults#release}).
 */
final class RowSegmentImpl implements RowSegment {

    private final SingleStoreRow row;

    RowSegmentImpl(SingleStoreRow row) {
        this.row = row;
    }

    @Override
    public SingleStoreRow row() {
        return this.row;
    }
}
