/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

/**
 * MySQL protocol column type codes ({@code MYSQL_TYPE_*}) and column-definition flags, as sent in column
 * definitions and in the parameter types of {@code COM_STMT_EXECUTE}.
 */
public final class DataTypes {

    public static final int DECIMAL = 0;
    public static final int TINY = 1;
    public static final int SHORT = 2;
    public static final int LONG = 3;
    public static final int FLOAT = 4;
    public static final int DOUBLE = 5;
    public static final int NULL = 6;
    public static final int TIMESTAMP = 7;
    public static final int LONGLONG = 8;
    public static final int INT24 = 9;
    public static final int DATE = 10;
    public static final int TIME = 11;
    public static final int DATETIME = 12;
    public static final int YEAR = 13;
    public static final int NEWDATE = 14;
    public static final int VARCHAR = 15;
    public static final int BIT = 16;
    public static final int TIMESTAMP2 = 17;
    public static final int DATETIME2 = 18;
    public static final int TIME2 = 19;
    public static final int JSON = 245;
    public static final int NEWDECIMAL = 246;
    public static final int ENUM = 247;
    public static final int SET = 248;
    public static final int TINY_BLOB = 249;
    public static final int MEDIUM_BLOB = 250;
    public static final int LONG_BLOB = 251;
    public static final int BLOB = 252;
    public static final int VAR_STRING = 253;
    public static final int STRING = 254;
    public static final int GEOMETRY = 255;

    /** Column flag: NOT NULL. */
    public static final int FLAG_NOT_NULL = 1;
    /** Column flag: part of the primary key. */
    public static final int FLAG_PRIMARY_KEY = 2;
    /** Column flag: UNSIGNED numeric. */
    public static final int FLAG_UNSIGNED = 32;
    /** Column flag: binary collation / binary string. */
    public static final int FLAG_BINARY = 128;
    /** Column flag: ENUM. */
    public static final int FLAG_ENUM = 256;
    /** Column flag: AUTO_INCREMENT. */
    public static final int FLAG_AUTO_INCREMENT = 512;
    /** Column flag: SET. */
    public static final int FLAG_SET = 2048;

    /** The {@code binary} character set id: a string column with it holds bytes, not text. */
    public static final int BINARY_CHARSET = 63;

    /** SingleStore extended type code: none. */
    public static final int EXTENDED_NONE = 0;
    /** SingleStore extended type code: BSON. */
    public static final int EXTENDED_BSON = 1;
    /** SingleStore extended type code: VECTOR. */
    public static final int EXTENDED_VECTOR = 2;

    private DataTypes() {
    }

    /**
     * Tells whether a value of {@code type} has a fixed width in the binary protocol, and how many bytes.
     *
     * @param type a {@code MYSQL_TYPE_*} code
     * @return the width in bytes, or {@code -1} when the value is length-encoded
     */
    public static int binaryFixedLength(int type) {
        switch (type) {
            case TINY:
                return 1;
            case SHORT:
            case YEAR:
                return 2;
            case INT24:
            case LONG:
            case FLOAT:
                return 4;
            case LONGLONG:
            case DOUBLE:
                return 8;
            case NULL:
                return 0;
            default:
                return -1;
        }
    }

    /**
     * Names a type code the way MySQL spells the column type.
     *
     * @param type a {@code MYSQL_TYPE_*} code
     * @return the SQL type name
     */
    public static String name(int type) {
        switch (type) {
            case DECIMAL:
            case NEWDECIMAL:
                return "DECIMAL";
            case TINY:
                return "TINYINT";
            case SHORT:
                return "SMALLINT";
            case LONG:
                return "INT";
            case FLOAT:
                return "FLOAT";
            case DOUBLE:
                return "DOUBLE";
            case NULL:
                return "NULL";
            case TIMESTAMP:
            case TIMESTAMP2:
                return "TIMESTAMP";
            case LONGLONG:
                return "BIGINT";
            case INT24:
                return "MEDIUMINT";
            case DATE:
            case NEWDATE:
                return "DATE";
            case TIME:
            case TIME2:
                return "TIME";
            case DATETIME:
            case DATETIME2:
                return "DATETIME";
            case YEAR:
                return "YEAR";
            case VARCHAR:
            case VAR_STRING:
                return "VARCHAR";
            case BIT:
                return "BIT";
            case JSON:
                return "JSON";
            case ENUM:
                return "ENUM";
            case SET:
                return "SET";
            case TINY_BLOB:
                return "TINYBLOB";
            case MEDIUM_BLOB:
                return "MEDIUMBLOB";
            case LONG_BLOB:
                return "LONGBLOB";
            case BLOB:
                return "BLOB";
            case STRING:
                return "CHAR";
            case GEOMETRY:
                return "GEOMETRY";
            default:
                return "UNKNOWN(" + type + ")";
        }
    }
}
