/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.r2dbc.spi.Type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The SQL types of SingleStore columns as R2DBC {@link Type}s, each with the Java type a value of the column is
 * read as by default.
 */
public enum SingleStoreType implements Type {

    /** {@code TINYINT(1)} (the {@code BOOLEAN} alias) and {@code BIT(1)}, read as booleans. */
    BOOLEAN("BOOLEAN", Boolean.class),
    TINYINT("TINYINT", Byte.class),
    TINYINT_UNSIGNED("TINYINT UNSIGNED", Short.class),
    SMALLINT("SMALLINT", Short.class),
    SMALLINT_UNSIGNED("SMALLINT UNSIGNED", Integer.class),
    MEDIUMINT("MEDIUMINT", Integer.class),
    MEDIUMINT_UNSIGNED("MEDIUMINT UNSIGNED", Integer.class),
    INT("INT", Integer.class),
    INT_UNSIGNED("INT UNSIGNED", Long.class),
    BIGINT("BIGINT", Long.class),
    BIGINT_UNSIGNED("BIGINT UNSIGNED", BigInteger.class),
    DECIMAL("DECIMAL", BigDecimal.class),
    FLOAT("FLOAT", Float.class),
    DOUBLE("DOUBLE", Double.class),
    /** {@code BIT(n)} with {@code n > 1}: the value's big-endian bytes (SingleStore always sends 8). */
    BIT("BIT", byte[].class),
    YEAR("YEAR", Short.class),
    DATE("DATE", LocalDate.class),
    /** {@code TIME}: a signed duration that may exceed 24 hours. */
    TIME("TIME", Duration.class),
    DATETIME("DATETIME", LocalDateTime.class),
    TIMESTAMP("TIMESTAMP", LocalDateTime.class),
    CHAR("CHAR", String.class),
    VARCHAR("VARCHAR", String.class),
    TINYTEXT("TINYTEXT", String.class),
    TEXT("TEXT", String.class),
    MEDIUMTEXT("MEDIUMTEXT", String.class),
    LONGTEXT("LONGTEXT", String.class),
    BINARY("BINARY", ByteBuffer.class),
    VARBINARY("VARBINARY", ByteBuffer.class),
    TINYBLOB("TINYBLOB", ByteBuffer.class),
    BLOB("BLOB", ByteBuffer.class),
    MEDIUMBLOB("MEDIUMBLOB", ByteBuffer.class),
    LONGBLOB("LONGBLOB", ByteBuffer.class),
    JSON("JSON", String.class),
    ENUM("ENUM", String.class),
    SET("SET", String.class),
    /** Spatial values: the WKB with its 4-byte SRID prefix, as sent. */
    GEOMETRY("GEOMETRY", byte[].class),
    /** The type of a {@code NULL} literal. */
    NULL("NULL", Object.class),
    /**
     * SingleStore {@code VECTOR} with an element type this driver does not know; its values are read like the
     * string or blob the server sends, so the Java type depends on the column's wire form. The columns of known
     * element types have a {@link SingleStoreVectorType}, e.g. {@code VECTOR(384, F32)}.
     */
    VECTOR("VECTOR", Object.class),
    /**
     * SingleStore {@code BSON}: its raw bytes, also readable as {@code byte[]}, and as {@code org.bson.BsonDocument}
     * when {@code org.mongodb:bson} is on the class path.
     */
    BSON("BSON", ByteBuffer.class);

    private final String sqlName;
    private final Class<?> javaType;

    SingleStoreType(String sqlName, Class<?> javaType) {
        this.sqlName = sqlName;
        this.javaType = javaType;
    }

    @Override
    public Class<?> getJavaType() {
        return this.javaType;
    }

    @Override
    public String getName() {
        return this.sqlName;
    }

    /**
     * @return whether values of this type are character strings, whose R2DBC precision is a number of characters
     *     (CHAR, VARCHAR, the TEXT types, ENUM, SET and JSON); byte strings, numbers and temporal types are not
     */
    public boolean isCharacterString() {
        switch (this) {
            case CHAR:
            case VARCHAR:
            case TINYTEXT:
            case TEXT:
            case MEDIUMTEXT:
            case LONGTEXT:
            case ENUM:
            case SET:
            case JSON:
                return true;
            default:
                return false;
        }
    }

    /**
     * Finds the type of a column from its type code, flags, character set, length and SingleStore extended type.
     *
     * @param column the column
     * @return its type
     */
    public static SingleStoreType of(Column column) {
        if (column.getExtendedType() == DataTypes.EXTENDED_VECTOR) {
            return VECTOR;
        }
        if (column.getExtendedType() == DataTypes.EXTENDED_BSON) {
            return BSON;
        }
        boolean unsigned = column.isUnsigned();
        boolean binary = column.isBinaryCharset();
        switch (column.getType()) {
            case DataTypes.TINY:
                if (column.getLength() == 1) {
                    return BOOLEAN;
                }
                return unsigned ? TINYINT_UNSIGNED : TINYINT;
            case DataTypes.SHORT:
                return unsigned ? SMALLINT_UNSIGNED : SMALLINT;
            case DataTypes.INT24:
                return unsigned ? MEDIUMINT_UNSIGNED : MEDIUMINT;
            case DataTypes.LONG:
                return unsigned ? INT_UNSIGNED : INT;
            case DataTypes.LONGLONG:
                return unsigned ? BIGINT_UNSIGNED : BIGINT;
            case DataTypes.DECIMAL:
            case DataTypes.NEWDECIMAL:
                return DECIMAL;
            case DataTypes.FLOAT:
                return FLOAT;
            case DataTypes.DOUBLE:
                return DOUBLE;
            case DataTypes.BIT:
                return column.getLength() == 1 ? BOOLEAN : BIT;
            case DataTypes.YEAR:
                return YEAR;
            case DataTypes.DATE:
            case DataTypes.NEWDATE:
                return DATE;
            case DataTypes.TIME:
            case DataTypes.TIME2:
                return TIME;
            case DataTypes.DATETIME:
            case DataTypes.DATETIME2:
                return DATETIME;
            case DataTypes.TIMESTAMP:
            case DataTypes.TIMESTAMP2:
                return TIMESTAMP;
            case DataTypes.JSON:
                return JSON;
            case DataTypes.ENUM:
                return ENUM;
            case DataTypes.SET:
                return SET;
            case DataTypes.GEOMETRY:
                return GEOMETRY;
            case DataTypes.NULL:
                return NULL;
            case DataTypes.STRING:
                return ofFixedString(column, binary);
            case DataTypes.VARCHAR:
            case DataTypes.VAR_STRING:
                return ofVariableString(column, binary);
            case DataTypes.TINY_BLOB:
                return binary ? TINYBLOB : TINYTEXT;
            case DataTypes.BLOB:
                return binary ? BLOB : TEXT;
            case DataTypes.MEDIUM_BLOB:
                return binary ? MEDIUMBLOB : MEDIUMTEXT;
            case DataTypes.LONG_BLOB:
                return binary ? LONGBLOB : LONGTEXT;
            default:
                return binary ? VARBINARY : VARCHAR;
        }
    }

    private static SingleStoreType ofFixedString(Column column, boolean binary) {
        SingleStoreType enumOrSet = ofEnumOrSet(column);
        if (enumOrSet != null) {
            return enumOrSet;
        }
        return binary ? BINARY : CHAR;
    }

    private static SingleStoreType ofVariableString(Column column, boolean binary) {
        SingleStoreType enumOrSet = ofEnumOrSet(column);
        if (enumOrSet != null) {
            return enumOrSet;
        }
        return binary ? VARBINARY : VARCHAR;
    }

    private static SingleStoreType ofEnumOrSet(Column column) {
        if ((column.getFlags() & DataTypes.FLAG_ENUM) != 0) {
            return ENUM;
        }
        if ((column.getFlags() & DataTypes.FLAG_SET) != 0) {
            return SET;
        }
        return null;
    }
}
