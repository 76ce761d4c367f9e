/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A result made on the client by a {@link StatementInterceptor}: either rows under named, typed columns, or an update
 * count. The driver turns it into an ordinary {@link io.r2dbc.spi.Result}: each value is sent through the same codecs
 * as a value from the server, so {@code row.get("size", Long.class)}, {@code row.get(0)}, {@code Result.map},
 * {@link SingleStoreResult#toArrow} and the column metadata behave as they do for a server's result (the counterpart
 * of the Python SDK's {@code FusionSQLResult}).
 * <pre>{@code
 * ClientResult.builder()
 *     .column("Name", ClientResult.ColumnType.TEXT)
 *     .column("Size", ClientResult.ColumnType.BIGINT)
 *     .row("a.csv", 1024L)
 *     .row("b.csv", null)
 *     .build();
 * }</pre>
 * Instances are immutable; binary values are copied in and out.
 */
public final class ClientResult {

    /** The type of a column, and the Java values its cells accept ({@code null} is accepted by every type). */
    public enum ColumnType {
        /** Text ({@code VARCHAR}, utf8mb4): any {@link CharSequence}. */
        TEXT,
        /** A 64-bit integer ({@code BIGINT}): {@link Long}, {@link Integer}, {@link Short}, {@link Byte}, or a
         * {@link BigInteger} in the range of {@code long}. */
        BIGINT,
        /** A double-precision number ({@code DOUBLE}): {@link Double} or {@link Float}, finite. */
        DOUBLE,
        /** A truth value ({@code TINYINT(1)}, read as {@link Boolean}): {@link Boolean}. */
        BOOLEAN,
        /** A date ({@code DATE}): {@link LocalDate} with a year from 0 to 9999. */
        DATE,
        /** A date and time to the microsecond ({@code DATETIME(6)}): {@link LocalDateTime} with a year from 0 to
         * 9999; nanoseconds below the microsecond are dropped. */
        DATETIME,
        /** A JSON document ({@code JSON}): its text, as a {@link CharSequence}. */
        JSON,
        /** Bytes ({@code BLOB}): {@code byte[]}. */
        BINARY
    }

    /**
     * One column of a result with rows.
     *
     * @param name the column's name (unique within the result, ignoring case)
     * @param type the column's type
     */
    public record Column(String name, ColumnType type) {

        /**
         * @param name the column's name, not empty
         * @param type the column's type
         */
        public Column {
            Arguments.notNull(name, "name");
            Arguments.notNull(type, "type");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("A column name must not be empty");
            }
        }
    }

    private static final ClientResult NOTHING = new ClientResult(List.of(), List.of(), 0);

    private final List<Column> columns;
    private final List<Object[]> rows;
    private final long updateCount;

    private ClientResult(List<Column> columns, List<Object[]> rows, long updateCount) {
        this.columns = columns;
        this.rows = rows;
        this.updateCount = updateCount;
    }

    /** @return a builder of a result with rows */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param count the number of rows the statement affected, 0 or more
     * @return a result without rows, giving {@code count} to {@link io.r2dbc.spi.Result#getRowsUpdated()}
     */
    public static ClientResult updateCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("An update count must not be negative, got " + count);
        }
        return count == 0 ? NOTHING : new ClientResult(List.of(), List.of(), count);
    }

    /** @return whether this result has columns (and so rows, possibly none), rather than an update count */
    public boolean hasRows() {
        return !this.columns.isEmpty();
    }

    /** @return the columns, in order; empty for an update count */
    public List<Column> columns() {
        return this.columns;
    }

    /** @return the number of rows */
    public int rowCount() {
        return this.rows.size();
    }

    /**
     * @param row    the row, from 0
     * @param column the column, from 0
     * @return the value as given to the builder ({@code byte[]} copied), or {@code null}
     * @throws IndexOutOfBoundsException if there is no such cell
     */
    public Object value(int row, int column) {
        Object value = this.rows.get(row)[Objects.checkIndex(column, this.columns.size())];
        return value instanceof byte[] ? ((byte[]) value).clone() : value;
    }

    /** @return the update count; the number of rows for a result with rows */
    public long updateCount() {
        return hasRows() ? this.rows.size() : this.updateCount;
    }

    @Override
    public String toString() {
        return hasRows() ? "ClientResult{columns=" + this.columns + ", rows=" + this.rows.size() + '}'
            : "ClientResult{updateCount=" + this.updateCount + '}';
    }

    /**
     * Builds a result with rows: columns first, then rows. Each row is checked when it is added.
     */
    public static final class Builder {

        private final List<Column> columns = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private final List<Object[]> rows = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a column after those added so far.
         *
         * @param name the column's name, unique within the result ignoring case
         * @param type its type
         * @return this builder
         * @throws IllegalArgumentException if the name is empty or taken
         * @throws IllegalStateException    if rows were added already
         */
        public Builder column(String name, ColumnType type) {
            Column column = new Column(name, type);
            if (!this.rows.isEmpty()) {
                throw new IllegalStateException("Columns must be added before the rows");
            }
            if (!this.names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Duplicate column name '" + name + "'");
            }
            this.columns.add(column);
            return this;
        }

        /**
         * Adds a row.
         *
         * @param values one value per column, in column order, each {@code null} or of a type its column accepts
         *               (see {@link ColumnType})
         * @return this builder
         * @throws IllegalArgumentException if the number of values is not the number of columns, or a value does not
         *                                  suit its column
         * @throws IllegalStateException    if no column was added
         */
        public Builder row(Object... values) {
            Arguments.notNull(values, "values");
            if (this.columns.isEmpty()) {
                throw new IllegalStateException("Add the columns before the rows");
            }
            if (values.length != this.columns.size()) {
                throw new IllegalArgumentException("A row needs " + this.columns.size() + " values, got "
                    + values.length);
            }
            Object[] row = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                row[i] = checked(this.columns.get(i), values[i]);
            }
            this.rows.add(row);
            return this;
        }

        /**
         * Adds rows.
         *
         * @param rows the rows, each as {@link #row(Object...)} takes it
         * @return this builder
         */
        public Builder rows(Iterable<? extends List<?>> rows) {
            Arguments.notNull(rows, "rows");
            for (List<?> row : rows) {
                row(row.toArray());
            }
            return this;
        }

        /**
         * @return the result
         * @throws IllegalStateException if no column was added (use {@link ClientResult#updateCount(long)} for a
         *                               result without rows)
         */
        public ClientResult build() {
            if (this.columns.isEmpty()) {
                throw new IllegalStateException("A result with rows needs at least one column");
            }
            return new ClientResult(List.copyOf(this.columns), Collections.unmodifiableList(
                new ArrayList<>(this.rows)), 0);
        }

        private static Object checked(Column column, Object value) {
            if (value == null) {
                return null;
            }
            switch (column.type()) {
                case TEXT:
                case JSON:
                    if (value instanceof CharSequence) {
                        return value.toString();
                    }
                    break;
                case BIGINT:
                    if (value instanceof Long || value instanceof Integer || value instanceof Short
                        || value instanceof Byte) {
                        return ((Number) value).longValue();
                    }
                    if (value instanceof BigInteger && ((BigInteger) value).bitLength() < 64) {
                        return ((BigInteger) value).longValue();
                    }
                    break;
                case DOUBLE:
                    if ((value instanceof Double || value instanceof Float)
                        && Double.isFinite(((Number) value).doubleValue())) {
                        return ((Number) value).doubleValue();
                    }
                    break;
                case BOOLEAN:
                    if (value instanceof Boolean) {
                        return value;
                    }
                    break;
                case DATE:
                    if (value instanceof LocalDate && inRange(((LocalDate) value).getYear())) {
                        return value;
                    }
                    break;
                case DATETIME:
                    if (value instanceof LocalDateTime && inRange(((LocalDateTime) value).getYear())) {
                        return value;
                    }
                    break;
                default:
                    if (value instanceof byte[]) {
                        return ((byte[]) value).clone();
                    }
                    break;
            }
            throw new IllegalArgumentException("Column '" + column.name() + "' (" + column.type()
                + ") cannot hold a value of " + value.getClass().getName() + describe(value));
        }

        /** Numbers and dates are shown; text is not, as it may be secret. */
        private static String describe(Object value) {
            return value instanceof Number || value instanceof LocalDate || value instanceof LocalDateTime
                ? " (" + value + ")" : "";
        }

        private static boolean inRange(int year) {
            return year >= 0 && year <= 9999;
        }
    }
}
