/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

/**
 * The element type of a SingleStore {@code VECTOR(N, type)} column, with its code in the column metadata and its
 * size in the packed little-endian (binary) form.
 */
public enum VectorElementType {

    /** 32-bit IEEE 754 float, the default element type; read as {@code float[]}. */
    F32(1, 4),
    /** 64-bit IEEE 754 double; read as {@code double[]}. */
    F64(2, 8),
    /** 8-bit signed integer; read as {@code byte[]}. */
    I8(3, 1),
    /** 16-bit signed integer; read as {@code short[]}. */
    I16(4, 2),
    /** 32-bit signed integer; read as {@code int[]}. */
    I32(5, 4),
    /** 64-bit signed integer; read as {@code long[]}. */
    I64(6, 8),
    /** 16-bit IEEE 754 half-precision float (SingleStore 9.1+); read as {@code float[]}, which holds it exactly. */
    F16(7, 2);

    private static final VectorElementType[] BY_CODE = {null, F32, F64, I8, I16, I32, I64, F16};

    private final int code;
    private final int size;

    VectorElementType(int code, int size) {
        this.code = code;
        this.size = size;
    }

    /**
     * @return the element type code sent in the extended column metadata (1 to 7)
     */
    public int code() {
        return this.code;
    }

    /**
     * @return the number of bytes of one element in the packed little-endian form
     */
    public int size() {
        return this.size;
    }

    /**
     * @return whether the elements are floating-point numbers
     */
    public boolean isFloatingPoint() {
        return this == F32 || this == F64 || this == F16;
    }

    /**
     * Tells whether every value of this element type is exactly representable in {@code target}: integers widen to
     * wider integers and to floating-point types whose significand holds them (I8 and I16 to F32, I32 to F64),
     * F16 widens to F32 and F64, F32 to F64. No conversion narrows, and no floating-point type becomes an integer.
     *
     * @param target the element type to convert to
     * @return whether the conversion is lossless for all values
     */
    public boolean widensTo(VectorElementType target) {
        if (this == target) {
            return true;
        }
        switch (this) {
            case I8:
                return true;
            case I16:
                return target == I32 || target == I64 || target == F32 || target == F64;
            case I32:
                return target == I64 || target == F64;
            case F16:
                return target == F32 || target == F64;
            case F32:
                return target == F64;
            default:
                return false;
        }
    }

    /**
     * Finds an element type by its metadata code.
     *
     * @param code the code, 1 to 7
     * @return the element type
     * @throws IllegalArgumentException for an unknown code
     */
    public static VectorElementType fromCode(int code) {
        if (code <= 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("Unknown VECTOR element type code " + code);
        }
        return BY_CODE[code];
    }

    /**
     * @param code a metadata code
     * @return whether {@link #fromCode} knows it
     */
    public static boolean isKnownCode(int code) {
        return code > 0 && code < BY_CODE.length;
    }
}
