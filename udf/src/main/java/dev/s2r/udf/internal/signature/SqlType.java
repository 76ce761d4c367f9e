/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.driver.api.VectorElementType;
import dev.s2r.udf.internal.batch.WireType;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One SQL type of a signature: its text as the DDL shows it (without nullability), its wire type, the nullability
 * it states (if any), and the element type and dimensions of a vector.
 *
 * @param sql the SQL type, e.g. {@code BIGINT UNSIGNED}, {@code VARCHAR(20)}
 * @param wire how its values travel
 * @param nullable {@code TRUE} for a trailing {@code NULL}, {@code FALSE} for {@code NOT NULL}, {@code null} for
 *                 neither
 * @param vector the element type of a vector (VECTOR, or a Java vector type in a BLOB), else {@code null}
 * @param dimensions a VECTOR's dimensions, 0 when not declared
 */
record SqlType(String sql, WireType wire, Boolean nullable, VectorElementType vector, int dimensions) {

    private static final Pattern NULLABILITY = Pattern.compile("(?i)^(.*?)\\s+(NOT\\s+)?NULL\\s*$");
    private static final Pattern KEYWORD = Pattern.compile("^([A-Za-z]+)");
    private static final Pattern UNSIGNED = Pattern.compile("(?i)\\bUNSIGNED\\b");
    private static final Pattern VECTOR = Pattern.compile(
        "(?i)^VECTOR\\s*\\(\\s*(\\d+)\\s*(?:,\\s*([A-Za-z0-9]+)\\s*)?\\)$");
    private static final Pattern FORBIDDEN = Pattern.compile("(?i)(\\bDEFAULT\\b|;|`|--|/\\*)");

    private static final Map<String, WireType> SIGNED = Map.ofEntries(
        Map.entry("BOOL", WireType.BOOL), Map.entry("BOOLEAN", WireType.BOOL),
        Map.entry("TINYINT", WireType.INT8), Map.entry("SMALLINT", WireType.INT16),
        Map.entry("MEDIUMINT", WireType.INT32), Map.entry("INT", WireType.INT32),
        Map.entry("INTEGER", WireType.INT32), Map.entry("BIGINT", WireType.INT64),
        Map.entry("FLOAT", WireType.FLOAT32), Map.entry("DOUBLE", WireType.FLOAT64),
        Map.entry("REAL", WireType.FLOAT64),
        Map.entry("DECIMAL", WireType.DECIMAL), Map.entry("DEC", WireType.DECIMAL),
        Map.entry("NUMERIC", WireType.DECIMAL), Map.entry("FIXED", WireType.DECIMAL),
        Map.entry("CHAR", WireType.STRING), Map.entry("VARCHAR", WireType.STRING),
        Map.entry("TINYTEXT", WireType.STRING), Map.entry("TEXT", WireType.STRING),
        Map.entry("MEDIUMTEXT", WireType.STRING), Map.entry("LONGTEXT", WireType.STRING),
        Map.entry("BINARY", WireType.BINARY), Map.entry("VARBINARY", WireType.BINARY),
        Map.entry("TINYBLOB", WireType.BINARY), Map.entry("BLOB", WireType.BINARY),
        Map.entry("MEDIUMBLOB", WireType.BINARY), Map.entry("LONGBLOB", WireType.BINARY),
        Map.entry("JSON", WireType.JSON), Map.entry("DATE", WireType.DATE), Map.entry("TIME", WireType.TIME),
        Map.entry("DATETIME", WireType.DATETIME), Map.entry("TIMESTAMP", WireType.DATETIME),
        Map.entry("VECTOR", WireType.BINARY));

    private static final Map<WireType, WireType> TO_UNSIGNED = Map.of(WireType.INT8, WireType.UINT8,
        WireType.INT16, WireType.UINT16, WireType.INT32, WireType.UINT32, WireType.INT64, WireType.UINT64);

    /**
     * @param sql the SQL type
     * @param wire its wire type
     * @param nullable whether NULL-able
     * @return a type of the Java signature (not an override)
     */
    static SqlType of(String sql, WireType wire, boolean nullable) {
        return new SqlType(sql, wire, nullable, null, 0);
    }

    /**
     * Reads an override: the SQL type is kept verbatim, a trailing {@code NULL} or {@code NOT NULL} is split off.
     *
     * @param text the override
     * @return the type
     * @throws IllegalArgumentException when no wire type carries it
     */
    static SqlType parse(String text) {
        String sql = text.trim();
        if (FORBIDDEN.matcher(sql).find()) {
            throw new IllegalArgumentException("the SQL type '" + text + "' must be a type only (a DEFAULT goes in "
                + "@Arg(defaultValue))");
        }
        Boolean nullable = null;
        Matcher nullability = NULLABILITY.matcher(sql);
        if (nullability.matches()) {
            sql = nullability.group(1).trim();
            nullable = nullability.group(2) == null;
        }
        Matcher keyword = KEYWORD.matcher(sql);
        WireType wire = keyword.find() ? SIGNED.get(keyword.group(1).toUpperCase(Locale.ROOT)) : null;
        if (wire == null) {
            throw new IllegalArgumentException("the SQL type '" + text + "' has no wire representation (supported: "
                + "integer types, BOOL, FLOAT, DOUBLE, DECIMAL, text and binary types, JSON, DATE, TIME, DATETIME, "
                + "TIMESTAMP, VECTOR)");
        }
        boolean unsigned = UNSIGNED.matcher(sql).find();
        if (unsigned) {
            if (!TO_UNSIGNED.containsKey(wire)) {
                throw new IllegalArgumentException("the SQL type '" + text + "' cannot be UNSIGNED");
            }
            wire = TO_UNSIGNED.get(wire);
        }
        if (!keyword.group(1).equalsIgnoreCase("VECTOR")) {
            return new SqlType(sql, wire, nullable, null, 0);
        }
        Matcher vector = VECTOR.matcher(sql);
        if (!vector.matches()) {
            throw new IllegalArgumentException("the SQL type '" + text + "' is not VECTOR(n) or VECTOR(n, type)");
        }
        VectorElementType elements;
        try {
            elements = vector.group(2) == null ? VectorElementType.F32
                : VectorElementType.valueOf(vector.group(2).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the SQL type '" + text + "' names an unknown element type", e);
        }
        return new SqlType(sql, wire, nullable, elements, Integer.parseInt(vector.group(1)));
    }

    /** @return whether this is a VECTOR(...) type */
    boolean isVector() {
        return this.sql.regionMatches(true, 0, "VECTOR", 0, 6);
    }
}
