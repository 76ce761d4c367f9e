/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import dev.s2r.driver.api.SingleStoreTypeMetadata;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;

/**
 * The {@code dataType} names and the JSON forms of the Data API (v2), from the driver's column metadata.
 */
final class ColumnTypes {

    /** How a column's values are written in JSON. */
    enum Form {
        /** singlestore-server.md §2.5: integers and floats as JSON numbers, as-is (the engine's text). */
        NUMBER,
        /** singlestore-server.md §2.5: DECIMAL, text, ENUM, SET, dates and times as strings, not re-parsed. */
        STRING,
        /** singlestore-server.md §2.5: BINARY, VARBINARY and BLOBs as base64 strings. */
        BASE64,
        /** singlestore-server.md §2.5: JSON columns as embedded JSON values. */
        JSON,
        /** Always null: the NULL type of {@code SELECT NULL}. */
        NULL
    }

    /**
     * A result column as the Data API describes it.
     *
     * @param name     the column label
     * @param dataType the {@code dataType} name
     * @param nullable whether the NOT NULL flag is absent
     * @param form     how its values are written
     */
    record Column(String name, String dataType, boolean nullable, Form form) {
    }

    private ColumnTypes() {
    }

    /**
     * @param type the driver's column metadata (the {@code getNativeTypeMetadata()} of a column)
     * @param json whether the column holds JSON although its wire type does not say so (MariaDB's JSON alias)
     * @return the column
     */
    static Column column(SingleStoreTypeMetadata type, boolean json) {
        return new Column(type.getName(), dataType(type, json), !type.isNotNull(), form(type, json));
    }

    /**
     * The {@code dataType} name: upper case, {@code UNSIGNED} as a prefix (python-sdk-audit.md "Data API": "Type names
     * in dataType use the prefix form, e.g. UNSIGNED BIGINT"), text or binary variants told apart by the character
     * set (python-sdk-driver.md §5.3: names ending in BLOB or BINARY carry base64), and {@code (p,s)} or {@code (p)}
     * suffixes (singlestore-server.md §2.5: "e.g. VARCHAR, DATETIME(6), DECIMAL(10,2)").
     * [unverified] the rest of the table: it is go-sql-driver's {@code DatabaseTypeName()}, which names BLOB/TEXT by
     * the wire type alone (a TINYTEXT column is {@code TEXT}), plus the suffixes, on DECIMAL always and on DATETIME,
     * TIMESTAMP and TIME with fractional seconds only.
     */
    static String dataType(SingleStoreTypeMetadata type, boolean json) {
        if (json) {
            return "JSON";
        }
        boolean binary = type.isBinaryCharset();
        String unsigned = type.isUnsigned() ? "UNSIGNED " : "";
        int flags = type instanceof ColumnDefinition ? ((ColumnDefinition) type).getFlags() : 0;
        switch (type.getType()) {
            case DataTypes.TINY:
                return unsigned + "TINYINT";
            case DataTypes.SHORT:
                return unsigned + "SMALLINT";
            case DataTypes.INT24:
                return unsigned + "MEDIUMINT";
            case DataTypes.LONG:
                return unsigned + "INT";
            case DataTypes.LONGLONG:
                return unsigned + "BIGINT";
            case DataTypes.FLOAT:
                return "FLOAT";
            case DataTypes.DOUBLE:
                return "DOUBLE";
            case DataTypes.DECIMAL:
            case DataTypes.NEWDECIMAL:
                return "DECIMAL(" + decimalPrecision(type) + "," + type.getDecimals() + ")";
            case DataTypes.NULL:
                return "NULL";
            case DataTypes.TIMESTAMP:
            case DataTypes.TIMESTAMP2:
                return "TIMESTAMP" + fractionalDigits(type);
            case DataTypes.DATETIME:
            case DataTypes.DATETIME2:
                return "DATETIME" + fractionalDigits(type);
            case DataTypes.TIME:
            case DataTypes.TIME2:
                return "TIME" + fractionalDigits(type);
            case DataTypes.DATE:
            case DataTypes.NEWDATE:
                return "DATE";
            case DataTypes.YEAR:
                return "YEAR";
            case DataTypes.BIT:
                return "BIT";
            case DataTypes.JSON:
                return "JSON";
            case DataTypes.ENUM:
                return "ENUM";
            case DataTypes.SET:
                return "SET";
            case DataTypes.TINY_BLOB:
                return binary ? "TINYBLOB" : "TINYTEXT";
            case DataTypes.MEDIUM_BLOB:
                return binary ? "MEDIUMBLOB" : "MEDIUMTEXT";
            case DataTypes.LONG_BLOB:
                return binary ? "LONGBLOB" : "LONGTEXT";
            case DataTypes.BLOB:
                return binary ? "BLOB" : "TEXT";
            case DataTypes.VARCHAR:
            case DataTypes.VAR_STRING:
                return binary ? "VARBINARY" : "VARCHAR";
            case DataTypes.STRING:
                if ((flags & DataTypes.FLAG_ENUM) != 0) {
                    return "ENUM";
                }
                if ((flags & DataTypes.FLAG_SET) != 0) {
                    return "SET";
                }
                return binary ? "BINARY" : "CHAR";
            case DataTypes.GEOMETRY:
                return "GEOMETRY";
            default:
                return "";
        }
    }

    /**
     * The JSON form of a column's values (singlestore-server.md §2.5).
     */
    static Form form(SingleStoreTypeMetadata type, boolean json) {
        if (json) {
            return Form.JSON;
        }
        switch (type.getType()) {
            case DataTypes.TINY:
            case DataTypes.SHORT:
            case DataTypes.INT24:
            case DataTypes.LONG:
            case DataTypes.LONGLONG:
            case DataTypes.FLOAT:
            case DataTypes.DOUBLE:
                // §2.5: "JSON number, as-is"
                return Form.NUMBER;
            case DataTypes.NULL:
                return Form.NULL;
            case DataTypes.JSON:
                // §2.5: "embedded JSON value (object/array/etc.)"
                return Form.JSON;
            case DataTypes.BIT:
                // [unverified] §2.5 leaves BIT open; python-sdk-driver.md §5.3: the SDK decodes BIT from base64
                return Form.BASE64;
            case DataTypes.GEOMETRY:
                // [unverified] SingleStore's GEOGRAPHY is WKT text (§2.5); MariaDB's GEOMETRY is binary WKB
                return Form.BASE64;
            case DataTypes.DECIMAL:
            case DataTypes.NEWDECIMAL:
            case DataTypes.DATE:
            case DataTypes.NEWDATE:
            case DataTypes.TIME:
            case DataTypes.TIME2:
            case DataTypes.DATETIME:
            case DataTypes.DATETIME2:
            case DataTypes.TIMESTAMP:
            case DataTypes.TIMESTAMP2:
            case DataTypes.YEAR:
                // §2.5: DECIMAL "string"; DATE, TIME, DATETIME, TIMESTAMP, YEAR "string, not re-parsed"
                return Form.STRING;
            default:
                // §2.5: BINARY, VARBINARY and BLOBs as base64, text types (and ENUM, SET) as strings
                return type.isBinaryCharset() ? Form.BASE64 : Form.STRING;
        }
    }

    /** A DECIMAL's declared precision from its display length, which counts the point and the sign. */
    private static long decimalPrecision(SingleStoreTypeMetadata type) {
        long precision = type.getLength();
        if (type.getDecimals() > 0) {
            precision--;
        }
        if (!type.isUnsigned()) {
            precision--;
        }
        return Math.max(precision, 1);
    }

    /** {@code (n)} for 1 to 6 fractional digits; nothing for none, or for 31/39 (not a fixed number). */
    private static String fractionalDigits(SingleStoreTypeMetadata type) {
        int decimals = type.getDecimals();
        return decimals >= 1 && decimals <= 6 ? "(" + decimals + ")" : "";
    }
}
