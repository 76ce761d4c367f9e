/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import dev.s2r.driver.api.VectorElementType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * How a column's values are decoded: the codecs choose by kind, and each kind has a default Java type.
 * <p>
 * Kinds are coarser than {@link SingleStoreType} where the decoding is the same (all text columns are
 * {@link #TEXT}) and finer where the default Java type differs ({@code BIT(1)} is {@link #BIT_BOOLEAN}).
 * The integral kinds are declared first, from {@link #BOOLEAN} to {@link #YEAR} (see {@link #isIntegral()}).
 * SingleStore's extended types (announced in the column metadata when {@code enable_extended_types_metadata} is
 * on) have kinds of their own, one per VECTOR element type, whichever projection (binary or JSON) the server uses.
 */
enum Kind {

    /** {@code TINYINT(1)}, signed or not: a boolean by convention. */
    BOOLEAN(Boolean.class),
    TINYINT(Byte.class),
    TINYINT_UNSIGNED(Short.class),
    SMALLINT(Short.class),
    SMALLINT_UNSIGNED(Integer.class),
    /** {@code MEDIUMINT}, signed or not: both fit an {@code Integer}. */
    MEDIUMINT(Integer.class),
    INT(Integer.class),
    INT_UNSIGNED(Long.class),
    BIGINT(Long.class),
    BIGINT_UNSIGNED(BigInteger.class),
    YEAR(Short.class),
    DECIMAL(BigDecimal.class),
    FLOAT(Float.class),
    DOUBLE(Double.class),
    /** {@code BIT(1)}. */
    BIT_BOOLEAN(Boolean.class),
    /** {@code BIT(n)} with {@code n > 1}: the big-endian bytes. */
    BIT(byte[].class),
    DATE(LocalDate.class),
    TIME(Duration.class),
    /** {@code DATETIME} and {@code TIMESTAMP}. */
    DATETIME(LocalDateTime.class),
    /** Character strings: CHAR, VARCHAR, TEXT, ENUM, SET, JSON. */
    TEXT(String.class),
    /** Byte strings: BINARY, VARBINARY, BLOB (string and blob types with the binary character set). */
    BINARY(ByteBuffer.class),
    /** Spatial values: the WKB with its 4-byte SRID prefix. */
    GEOMETRY(byte[].class),
    /** The type of a {@code NULL} literal; never decoded. */
    NULL(Object.class),
    VECTOR_F32(float[].class, VectorElementType.F32),
    VECTOR_F64(double[].class, VectorElementType.F64),
    /** I8 vectors: their elements are their packed bytes. */
    VECTOR_I8(byte[].class, VectorElementType.I8),
    VECTOR_I16(short[].class, VectorElementType.I16),
    VECTOR_I32(int[].class, VectorElementType.I32),
    VECTOR_I64(long[].class, VectorElementType.I64),
    /** Half-precision vectors, widened to floats. */
    VECTOR_F16(float[].class, VectorElementType.F16),
    /** SingleStore BSON documents: their raw bytes. */
    BSON(ByteBuffer.class);

    private final Class<?> defaultType;
    private final VectorElementType elementType;

    Kind(Class<?> defaultType) {
        this(defaultType, null);
    }

    Kind(Class<?> defaultType, VectorElementType elementType) {
        this.defaultType = defaultType;
        this.elementType = elementType;
    }

    /**
     * @return the Java type a value of this kind is decoded to when no type is requested
     */
    Class<?> defaultType() {
        return this.defaultType;
    }

    /**
     * @return whether values of this kind are whole numbers read as a {@code long}
     */
    boolean isIntegral() {
        return this.ordinal() <= YEAR.ordinal();
    }

    /**
     * @return whether this is a VECTOR kind
     */
    boolean isVector() {
        return this.elementType != null;
    }

    /**
     * @return the element type of a VECTOR kind, {@code null} for the others
     */
    VectorElementType elementType() {
        return this.elementType;
    }

    /**
     * @return whether values of this kind are character or byte strings
     */
    boolean isString() {
        return this == TEXT || this == BINARY;
    }

    /**
     * Classifies a column: by its {@link SingleStoreType} (the one place where type codes, flags, character sets and
     * SingleStore's extended types are read), then by what decoding needs beyond it: whether a one-bit value is a
     * BIT or a TINYINT(1), a VECTOR's element type, and whether a string type holds characters or bytes.
     *
     * @param column the column
     * @return its kind
     */
    static Kind of(Column column) {
        switch (SingleStoreType.of(column)) {
            case VECTOR:
                Kind vector = vector(column.getVectorElementType());
                return vector != null ? vector : column.getType() == DataTypes.JSON ? TEXT : characterOrBytes(column);
            case BSON:
                return BSON;
            case BOOLEAN:
                return column.getType() == DataTypes.BIT ? BIT_BOOLEAN : BOOLEAN;
            case TINYINT:
                return TINYINT;
            case TINYINT_UNSIGNED:
                return TINYINT_UNSIGNED;
            case SMALLINT:
                return SMALLINT;
            case SMALLINT_UNSIGNED:
                return SMALLINT_UNSIGNED;
            case MEDIUMINT:
            case MEDIUMINT_UNSIGNED:
                return MEDIUMINT;
            case INT:
                return INT;
            case INT_UNSIGNED:
                return INT_UNSIGNED;
            case BIGINT:
                return BIGINT;
            case BIGINT_UNSIGNED:
                return BIGINT_UNSIGNED;
            case YEAR:
                return YEAR;
            case DECIMAL:
                return DECIMAL;
            case FLOAT:
                return FLOAT;
            case DOUBLE:
                return DOUBLE;
            case BIT:
                return BIT;
            case DATE:
                return DATE;
            case TIME:
                return TIME;
            case DATETIME:
            case TIMESTAMP:
                return DATETIME;
            case GEOMETRY:
                return GEOMETRY;
            case NULL:
                return NULL;
            case JSON:
                return TEXT;
            case ENUM:
            case SET:
                // the ENUM and SET type codes are text; a string column flagged ENUM or SET goes by its charset
                return column.getType() == DataTypes.ENUM || column.getType() == DataTypes.SET ? TEXT
                    : characterOrBytes(column);
            default:
                return characterOrBytes(column);
        }
    }

    private static Kind characterOrBytes(Column column) {
        return column.isBinaryCharset() ? BINARY : TEXT;
    }

    /**
     * @param elementType a VECTOR's element type code
     * @return its kind, or {@code null} for a code this driver does not know (the column is then read as the string
     * or blob the server sends)
     */
    private static Kind vector(int elementType) {
        switch (elementType) {
            case 1:
                return VECTOR_F32;
            case 2:
                return VECTOR_F64;
            case 3:
                return VECTOR_I8;
            case 4:
                return VECTOR_I16;
            case 5:
                return VECTOR_I32;
            case 6:
                return VECTOR_I64;
            case 7:
                return VECTOR_F16;
            default:
                return null;
        }
    }
}
