/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.message.server.ColumnDefinition;

import java.util.Locale;

/**
 * The column definitions of Data API results: each column's {@code dataType} (an upper-case type name, maybe with
 * {@code UNSIGNED} before or after it and {@code (p)} or {@code (p,s)} after it, such as {@code UNSIGNED BIGINT},
 * {@code DECIMAL(10,2)}, {@code DATETIME(6)}) becomes the definition a MySQL-protocol server sends for that type, so
 * that the codecs and the column metadata treat it the same; and how its JSON values become cells.
 * <table>
 *   <caption>dataType to MySQL column definition</caption>
 *   <tr><th>dataType (and aliases)</th><th>type code</th><th>charset</th><th>length</th><th>decimals</th>
 *       <th>JSON value</th></tr>
 *   <tr><td>BOOL, BOOLEAN</td><td>TINY</td><td>63</td><td>1</td><td>0</td><td>number or boolean</td></tr>
 *   <tr><td>TINYINT, SMALLINT, MEDIUMINT, INT (INTEGER), BIGINT</td><td>TINY, SHORT, INT24, LONG, LONGLONG</td>
 *       <td>63</td><td>(p), else 4, 6, 9, 11, 20 (one less when UNSIGNED, but 20)</td><td>0</td><td>number</td></tr>
 *   <tr><td>FLOAT, DOUBLE (REAL)</td><td>FLOAT, DOUBLE</td><td>63</td><td>(p), else 12, 22</td>
 *       <td>(s), else 31</td><td>number</td></tr>
 *   <tr><td>DECIMAL (DEC, NUMERIC, FIXED)</td><td>NEWDECIMAL</td><td>63</td><td>p + point + sign</td>
 *       <td>s</td><td>string; (p,s) is (65,30) when absent, the widest, so that nothing truncates</td></tr>
 *   <tr><td>BIT</td><td>BIT</td><td>63</td><td>(p), else 64</td><td>0</td>
 *       <td>base64 string (or number): the big-endian bytes</td></tr>
 *   <tr><td>YEAR</td><td>YEAR</td><td>63</td><td>4</td><td>0</td><td>number or string</td></tr>
 *   <tr><td>DATE, TIME, DATETIME, TIMESTAMP</td><td>DATE, TIME, DATETIME, TIMESTAMP</td><td>63</td>
 *       <td>10, 10, 19, 19, plus fsp + 1</td><td>(fsp), else 0</td><td>string</td></tr>
 *   <tr><td>CHAR, VARCHAR</td><td>STRING, VAR_STRING</td><td>45</td><td>4 &times; (p), else 4 &times; 255,
 *       65535</td><td>0</td><td>string</td></tr>
 *   <tr><td>TINYTEXT, TEXT, MEDIUMTEXT, LONGTEXT</td><td>TINY_BLOB, BLOB, MEDIUM_BLOB, LONG_BLOB</td><td>45</td>
 *       <td>4 &times; 2<sup>8, 16, 24</sup>-1, 2<sup>32</sup>-1</td><td>0</td><td>string</td></tr>
 *   <tr><td>BINARY, VARBINARY</td><td>STRING, VAR_STRING</td><td>63</td><td>(p), else 255, 65535</td><td>0</td>
 *       <td>base64 string</td></tr>
 *   <tr><td>TINYBLOB, BLOB, MEDIUMBLOB, LONGBLOB</td><td>TINY_BLOB, BLOB, MEDIUM_BLOB, LONG_BLOB</td><td>63</td>
 *       <td>2<sup>8, 16, 24, 32</sup>-1</td><td>0</td><td>base64 string</td></tr>
 *   <tr><td>JSON</td><td>JSON</td><td>45</td><td>2<sup>32</sup>-1</td><td>0</td>
 *       <td>any: copied back to its JSON text</td></tr>
 *   <tr><td>ENUM, SET</td><td>STRING, flagged ENUM or SET</td><td>45</td><td>4 &times; 255</td><td>0</td>
 *       <td>string</td></tr>
 *   <tr><td>NULL</td><td>NULL</td><td>63</td><td>0</td><td>0</td><td>null</td></tr>
 *   <tr><td>GEOGRAPHY, GEOGRAPHYPOINT, GEOMETRY, VECTOR, BSON, any other</td><td>VAR_STRING</td><td>45</td>
 *       <td>2<sup>32</sup>-1</td><td>0</td><td>string (WKT for geography), or any JSON as its text</td></tr>
 * </table>
 * Numeric, BIT and temporal columns carry the BINARY flag as a server sends them, byte strings the BINARY flag,
 * UNSIGNED columns (and BIT and YEAR) the UNSIGNED flag, and {@code "nullable": false} the NOT NULL flag.
 */
final class DataApiTypes {

    /** utf8mb4_general_ci: the collation of text columns. */
    static final int UTF8MB4 = 45;

    /** Cell of strings as their UTF-8 bytes, numbers as their text, booleans as {@code 1} or {@code 0}. */
    static final int TEXT = 0;
    /** As {@link #TEXT}, for integer types, whose {@code -0} need not be told from {@code 0}. */
    static final int INTEGER = 1;
    /** Cell of the bytes a base64 string encodes. */
    static final int BYTES = 2;
    /** As {@link #BYTES}, or the big-endian bytes of a number. */
    static final int BIT = 3;
    /** Cell of any JSON value written back as JSON text. */
    static final int JSON = 4;

    private static final long MAX_LENGTH = 0xFFFF_FFFFL;
    private static final int MAX_BYTES_PER_CHAR = 4;

    private DataApiTypes() {
    }

    /**
     * @param name     the column's name
     * @param dataType its {@code dataType}; a name this driver does not know makes a text column
     * @param nullable its {@code nullable}: {@code false} sets the NOT NULL flag
     * @return its definition
     */
    static ColumnDefinition column(String name, String dataType, boolean nullable) {
        String upper = dataType.toUpperCase(Locale.ROOT);
        int open = upper.indexOf('(');
        int close = open < 0 ? -1 : upper.indexOf(')', open);
        long p = -1;
        long s = -1;
        String words = upper;
        if (open >= 0 && close > open) {
            String arguments = upper.substring(open + 1, close);
            int comma = arguments.indexOf(',');
            p = number(comma < 0 ? arguments : arguments.substring(0, comma));
            s = comma < 0 ? -1 : number(arguments.substring(comma + 1));
            words = upper.substring(0, open) + ' ' + upper.substring(close + 1);
        }
        boolean unsigned = false;
        StringBuilder base = new StringBuilder(words.length());
        for (String word : words.trim().split("\\s+")) {
            if (word.equals("UNSIGNED")) {
                unsigned = true;
            } else if (!word.equals("SIGNED") && !word.equals("ZEROFILL")) {
                base.append(base.length() == 0 ? "" : " ").append(word);
            }
        }
        int notNull = nullable ? 0 : DataTypes.FLAG_NOT_NULL;
        int number = notNull | DataTypes.FLAG_BINARY | (unsigned ? DataTypes.FLAG_UNSIGNED : 0);
        int bytes = notNull | DataTypes.FLAG_BINARY;
        switch (base.toString()) {
            case "BOOL":
            case "BOOLEAN":
                return binaryCharset(name, DataTypes.TINY, number, 1, 0);
            case "TINYINT":
            case "TINY":
            case "INT1":
                return binaryCharset(name, DataTypes.TINY, number, p > 0 ? p : unsigned ? 3 : 4, 0);
            case "SMALLINT":
            case "SHORT":
            case "INT2":
                return binaryCharset(name, DataTypes.SHORT, number, p > 0 ? p : unsigned ? 5 : 6, 0);
            case "MEDIUMINT":
            case "INT24":
            case "INT3":
                return binaryCharset(name, DataTypes.INT24, number, p > 0 ? p : unsigned ? 8 : 9, 0);
            case "INT":
            case "INTEGER":
            case "LONG":
            case "INT4":
                return binaryCharset(name, DataTypes.LONG, number, p > 0 ? p : unsigned ? 10 : 11, 0);
            case "BIGINT":
            case "LONGLONG":
            case "INT8":
                return binaryCharset(name, DataTypes.LONGLONG, number, p > 0 ? p : 20, 0);
            case "FLOAT":
            case "FLOAT4":
                return binaryCharset(name, DataTypes.FLOAT, number, p > 0 ? p : 12, s >= 0 ? s : 31);
            case "DOUBLE":
            case "DOUBLE PRECISION":
            case "REAL":
            case "FLOAT8":
                return binaryCharset(name, DataTypes.DOUBLE, number, p > 0 ? p : 22, s >= 0 ? s : 31);
            case "DECIMAL":
            case "DEC":
            case "NUMERIC":
            case "FIXED":
            case "NEWDECIMAL": {
                long precision = p > 0 ? p : 65;
                long scale = s >= 0 ? s : p > 0 ? 0 : 30;
                long length = precision + (scale > 0 ? 1 : 0) + (unsigned ? 0 : 1);
                return binaryCharset(name, DataTypes.NEWDECIMAL, number, length, scale);
            }
            case "BIT":
                return binaryCharset(name, DataTypes.BIT, number | DataTypes.FLAG_UNSIGNED, p > 0 ? p : 64, 0);
            case "YEAR":
                return binaryCharset(name, DataTypes.YEAR, number | DataTypes.FLAG_UNSIGNED, 4, 0);
            case "DATE":
                return binaryCharset(name, DataTypes.DATE, bytes, 10, 0);
            case "TIME":
                return binaryCharset(name, DataTypes.TIME, bytes, 10 + fraction(p), Math.max(0, p));
            case "DATETIME":
                return binaryCharset(name, DataTypes.DATETIME, bytes, 19 + fraction(p), Math.max(0, p));
            case "TIMESTAMP":
                return binaryCharset(name, DataTypes.TIMESTAMP, bytes, 19 + fraction(p), Math.max(0, p));
            case "CHAR":
            case "CHARACTER":
                return text(name, DataTypes.STRING, notNull, characters(p, 255));
            case "VARCHAR":
            case "VAR_STRING":
            case "VARSTRING":
            case "CHARACTER VARYING":
                return text(name, DataTypes.VAR_STRING, notNull, characters(p, 65_535));
            case "TINYTEXT":
                return text(name, DataTypes.TINY_BLOB, notNull, characters(p, 255));
            case "TEXT":
                return text(name, DataTypes.BLOB, notNull, characters(p, 65_535));
            case "MEDIUMTEXT":
                return text(name, DataTypes.MEDIUM_BLOB, notNull, characters(p, 16_777_215));
            case "LONGTEXT":
                return text(name, DataTypes.LONG_BLOB, notNull, MAX_LENGTH);
            case "BINARY":
                return binaryCharset(name, DataTypes.STRING, bytes, p > 0 ? p : 255, 0);
            case "VARBINARY":
                return binaryCharset(name, DataTypes.VAR_STRING, bytes, p > 0 ? p : 65_535, 0);
            case "TINYBLOB":
                return binaryCharset(name, DataTypes.TINY_BLOB, bytes, 255, 0);
            case "BLOB":
                return binaryCharset(name, DataTypes.BLOB, bytes, p > 0 ? p : 65_535, 0);
            case "MEDIUMBLOB":
                return binaryCharset(name, DataTypes.MEDIUM_BLOB, bytes, 16_777_215, 0);
            case "LONGBLOB":
                return binaryCharset(name, DataTypes.LONG_BLOB, bytes, MAX_LENGTH, 0);
            case "JSON":
                return text(name, DataTypes.JSON, notNull, MAX_LENGTH);
            case "ENUM":
                return text(name, DataTypes.STRING, notNull | DataTypes.FLAG_ENUM, characters(-1, 255));
            case "SET":
                return text(name, DataTypes.STRING, notNull | DataTypes.FLAG_SET, characters(-1, 255));
            case "NULL":
                return binaryCharset(name, DataTypes.NULL, bytes, 0, 0);
            default:
                return text(name, DataTypes.VAR_STRING, notNull, MAX_LENGTH);
        }
    }

    /**
     * @param column a definition made by {@link #column}
     * @return how its JSON values become cells: {@link #TEXT}, {@link #INTEGER}, {@link #BYTES}, {@link #BIT} or
     *     {@link #JSON}
     */
    static int cellKind(ColumnDefinition column) {
        switch (column.getType()) {
            case DataTypes.JSON:
                return JSON;
            case DataTypes.BIT:
                return BIT;
            case DataTypes.TINY:
            case DataTypes.SHORT:
            case DataTypes.INT24:
            case DataTypes.LONG:
            case DataTypes.LONGLONG:
            case DataTypes.YEAR:
                return INTEGER;
            case DataTypes.STRING:
            case DataTypes.VAR_STRING:
            case DataTypes.TINY_BLOB:
            case DataTypes.BLOB:
            case DataTypes.MEDIUM_BLOB:
            case DataTypes.LONG_BLOB:
                return column.isBinaryCharset() ? BYTES : TEXT;
            default:
                return TEXT;
        }
    }

    private static ColumnDefinition binaryCharset(String name, int type, int flags, long length, long decimals) {
        return ColumnDefinition.of(name, type, flags, DataTypes.BINARY_CHARSET, length,
            (int) Math.min(decimals, 255));
    }

    private static ColumnDefinition text(String name, int type, int flags, long length) {
        return ColumnDefinition.of(name, type, flags, UTF8MB4, length, 0);
    }

    /** The byte length of {@code p} characters (or {@code absent} when there is no {@code p}), at most 2^32-1. */
    private static long characters(long p, long absent) {
        return Math.min(MAX_LENGTH, MAX_BYTES_PER_CHAR * (p > 0 ? p : absent));
    }

    /** The characters fractional seconds add to the text of a time: the point and the digits. */
    private static long fraction(long fsp) {
        return fsp > 0 ? fsp + 1 : 0;
    }

    /** @return the digits as a number, or -1 when they are not digits (as in {@code ENUM('a','b')}) */
    private static long number(String text) {
        String digits = text.trim();
        if (digits.isEmpty() || digits.length() > 10) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
