/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.VectorElementType;
import io.r2dbc.spi.Type;

import java.util.Objects;

/**
 * The R2DBC {@link Type} of a SingleStore {@code VECTOR(N, type)} column, named like its DDL, e.g.
 * {@code VECTOR(384, F32)}; its Java type is the primitive array of the element type ({@code float[]} for F32 and
 * F16, {@code double[]}, {@code byte[]}, {@code short[]}, {@code int[]}, {@code long[]}).
 */
public final class SingleStoreVectorType implements Type {

    private final int dimensions;
    private final VectorElementType elementType;

    /**
     * @param dimensions  the number of elements announced by the column metadata
     * @param elementType the element type
     */
    public SingleStoreVectorType(int dimensions, VectorElementType elementType) {
        this.dimensions = dimensions;
        this.elementType = Objects.requireNonNull(elementType, "elementType");
    }

    /** @return the number of elements of the column's values */
    public int getDimensions() {
        return this.dimensions;
    }

    /** @return the element type */
    public VectorElementType getElementType() {
        return this.elementType;
    }

    @Override
    public Class<?> getJavaType() {
        switch (this.elementType) {
            case F64:
                return double[].class;
            case I8:
                return byte[].class;
            case I16:
                return short[].class;
            case I32:
                return int[].class;
            case I64:
                return long[].class;
            default:
                return float[].class;
        }
    }

    @Override
    public String getName() {
        return "VECTOR(" + this.dimensions + ", " + this.elementType.name() + ")";
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SingleStoreVectorType)) {
            return false;
        }
        SingleStoreVectorType that = (SingleStoreVectorType) o;
        return this.dimensions == that.dimensions && this.elementType == that.elementType;
    }

    @Override
    public int hashCode() {
        return 31 * this.dimensions + this.elementType.hashCode();
    }

    @Override
    public String toString() {
        return getName();
    }
}
