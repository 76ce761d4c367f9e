/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One row of a {@code SHOW} command run through a {@link ShowAccessor}: an immutable copy of the row, safe to keep
 * after the result is gone.
 * <p>
 * Column names are normalised to lower-case snake_case ({@code Key_name} becomes {@code key_name},
 * {@code Create Table} becomes {@code create_table}, {@code PlanID} becomes {@code plan_id}), and the <b>first
 * column is always renamed {@code name}</b>, so {@code SHOW TABLES} gives {@code name} instead of
 * {@code Tables_in_<database>}. A name that would repeat gets a suffix ({@code _2}, {@code _3}, ...).
 * <p>
 * Values are kept as the server sends them: integer columns as {@link Long} (a {@link java.math.BigInteger} for an
 * unsigned value beyond {@code Long.MAX_VALUE}), every other column as its text, SQL {@code NULL} as {@code null}.
 */
public interface ShowRow {

    /**
     * @return the value of the first column as text (the table, database, variable ... the row is about), or
     *     {@code null} when it is SQL {@code NULL}
     */
    String name();

    /**
     * @param column a normalised column name such as {@code key_name}; the server's own spelling
     *               ({@code Key_name}) is normalised first, so it works too
     * @return the value, or {@code null} for SQL {@code NULL}
     * @throws NoSuchElementException when the row has no such column
     */
    Object get(String column);

    /**
     * @param column a column name, as for {@link #get(String)}
     * @return the value as text, or {@code null} for SQL {@code NULL}
     * @throws NoSuchElementException when the row has no such column
     */
    String getString(String column);

    /**
     * @param column a column name, as for {@link #get(String)}
     * @return the value as a {@code Long} (text is parsed), or {@code null} for SQL {@code NULL}
     * @throws NoSuchElementException when the row has no such column
     * @throws NumberFormatException  when the value is not an integer
     */
    Long getLong(String column);

    /**
     * @return the normalised column names, in the server's column order
     */
    List<String> columns();

    /**
     * @return the row as an unmodifiable map from normalised column name to value, in the server's column order
     */
    Map<String, Object> asMap();
}
