/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.driver.api.Vector;
import dev.s2r.driver.api.VectorElementType;
import dev.s2r.udf.internal.batch.WireType;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The Java types a function may take or return, their default SQL types, and the wire types an SQL type override
 * may give each of them.
 */
final class JavaTypes {

    /**
     * The precision and scale of {@code BigDecimal}: 28 integer and 10 fraction digits. Bare DECIMAL would be
     * DECIMAL(10, 0) and drop every fraction.
     */
    static final String DECIMAL = "DECIMAL(38, 10)";

    private static final Set<WireType> INTEGERS = EnumSet.of(WireType.INT8, WireType.INT16, WireType.INT32,
        WireType.INT64, WireType.UINT8, WireType.UINT16, WireType.UINT32, WireType.UINT64);

    private static final Map<Class<?>, Entry> TYPES = new LinkedHashMap<>();

    /** A Java type's default SQL type and the wire types it can hold. */
    private record Entry(String sql, WireType wire, Set<WireType> accepts) {
    }

    static {
        entry("BIGINT", WireType.INT64, INTEGERS, long.class, Long.class);
        entry("INT", WireType.INT32, EnumSet.of(WireType.INT8, WireType.INT16, WireType.INT32, WireType.UINT8,
            WireType.UINT16), int.class, Integer.class);
        entry("SMALLINT", WireType.INT16, EnumSet.of(WireType.INT8, WireType.INT16, WireType.UINT8),
            short.class, Short.class);
        entry("TINYINT", WireType.INT8, EnumSet.of(WireType.INT8), byte.class, Byte.class);
        entry("BOOL", WireType.BOOL, EnumSet.of(WireType.BOOL, WireType.INT8), boolean.class, Boolean.class);
        entry("DOUBLE", WireType.FLOAT64, EnumSet.of(WireType.FLOAT64, WireType.FLOAT32), double.class,
            Double.class);
        entry("FLOAT", WireType.FLOAT32, EnumSet.of(WireType.FLOAT32), float.class, Float.class);
        entry("TEXT", WireType.STRING, EnumSet.of(WireType.STRING, WireType.JSON), String.class);
        entry("BLOB", WireType.BINARY, EnumSet.of(WireType.BINARY), byte[].class, ByteBuffer.class);
        entry(DECIMAL, WireType.DECIMAL, EnumSet.of(WireType.DECIMAL), BigDecimal.class);
        entry("DATE", WireType.DATE, EnumSet.of(WireType.DATE), LocalDate.class);
        entry("DATETIME(6)", WireType.DATETIME, EnumSet.of(WireType.DATETIME), LocalDateTime.class);
        entry("TIME(6)", WireType.TIME, EnumSet.of(WireType.TIME), Duration.class);
        entry("JSON", WireType.JSON, EnumSet.of(WireType.JSON), JsonNode.class);
        entry("BLOB", WireType.BINARY, EnumSet.of(WireType.BINARY), Vector.class);
    }

    private JavaTypes() {
    }

    private static void entry(String sql, WireType wire, Set<WireType> accepts, Class<?>... types) {
        for (Class<?> type : types) {
            TYPES.put(type, new Entry(sql, wire, accepts));
        }
    }

    /**
     * The SQL type of one value of a Java type, with an optional override.
     *
     * @param type the Java type of one value (a vector type included)
     * @param override the override, empty for none
     * @param nullable the nullability when the override states none
     * @return the SQL type
     * @throws IllegalArgumentException when the type is not supported or the override cannot hold it
     */
    static SqlType of(Class<?> type, String override, boolean nullable) {
        boolean vectorArray = type == float[].class || type == double[].class;
        Entry entry = TYPES.get(type);
        if (entry == null && !vectorArray) {
            throw new IllegalArgumentException(type.getTypeName() + " is not a supported type" + hint(type));
        }
        if (override.isBlank()) {
            if (vectorArray) {
                throw new IllegalArgumentException(type.getSimpleName() + " is a vector only with a VECTOR(n) "
                    + "type override" + (type == double[].class ? " naming F64 elements" : ""));
            }
            VectorElementType elements = type == Vector.class ? VectorElementType.F32 : null;
            return new SqlType(entry.sql(), entry.wire(), nullable, elements, 0);
        }
        SqlType parsed = SqlType.parse(override);
        boolean resolved = parsed.nullable() == null ? nullable : parsed.nullable();
        if (vectorArray || type == Vector.class) {
            return vector(type, override, parsed, resolved);
        }
        if (parsed.isVector() || !entry.accepts().contains(parsed.wire())) {
            throw new IllegalArgumentException(type.getSimpleName() + " cannot hold the SQL type '" + override
                + "'");
        }
        return new SqlType(parsed.sql(), parsed.wire(), resolved, null, 0);
    }

    private static SqlType vector(Class<?> type, String override, SqlType parsed, boolean nullable) {
        if (parsed.wire() != WireType.BINARY) {
            throw new IllegalArgumentException(type.getSimpleName() + " cannot hold the SQL type '" + override
                + "'");
        }
        VectorElementType elements = parsed.vector() != null ? parsed.vector() : VectorElementType.F32;
        if (type == float[].class && (!parsed.isVector() || elements != VectorElementType.F32)
            || type == double[].class && (!parsed.isVector() || elements != VectorElementType.F64)) {
            throw new IllegalArgumentException(type.getSimpleName() + " is a vector only with a VECTOR(n"
                + (type == double[].class ? ", F64" : "") + ") type override, not '" + override + "'");
        }
        return new SqlType(parsed.sql(), parsed.wire(), nullable, elements, parsed.dimensions());
    }

    /**
     * @param type an element type of a batch column array (long, String, byte[], ...)
     * @return whether a column can hold it
     */
    static boolean isColumnElement(Class<?> type) {
        return TYPES.containsKey(type) && type != ByteBuffer.class && type != Vector.class && !isBoxed(type);
    }

    private static boolean isBoxed(Class<?> type) {
        return type == Long.class || type == Integer.class || type == Short.class || type == Byte.class
            || type == Boolean.class || type == Double.class || type == Float.class;
    }

    private static String hint(Class<?> type) {
        if (type == java.time.LocalTime.class) {
            return ": use Duration for TIME";
        }
        if (type.isArray()) {
            return ": arrays other than byte[] are columns of batch functions (see @Udf)";
        }
        return "";
    }
}
