/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

/**
 * What the server said about a result column, as {@link io.r2dbc.spi.ColumnMetadata#getNativeTypeMetadata()}
 * returns it: where the column comes from and its wire type. Names follow the MySQL protocol's column definition.
 */
public interface SingleStoreTypeMetadata {

    /** @return the database of the column's table, or an empty string for a computed column */
    String getSchema();

    /** @return the table as the query names it (its alias), or an empty string */
    String getTable();

    /** @return the table's own name, or an empty string */
    String getOrgTable();

    /** @return the column label as the query names it */
    String getName();

    /** @return the column's own name, or an empty string */
    String getOrgName();

    /** @return the MySQL protocol type code ({@code MYSQL_TYPE_*}) */
    int getType();

    /** @return the declared maximum length, in bytes */
    long getLength();

    /** @return the decimal digits (scale) of numbers and fractional seconds */
    int getDecimals();

    /** @return whether the UNSIGNED flag is set */
    boolean isUnsigned();

    /** @return whether the NOT NULL flag is set */
    boolean isNotNull();

    /** @return whether the column holds bytes rather than text */
    boolean isBinaryCharset();
}
