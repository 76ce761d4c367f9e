/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.sql;

import dev.s2r.driver.internal.codec.Parameter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A SQL statement with its bind markers located: the immutable result of one linear scan of the text, meant to be
 * cached by the driver per SQL string (and {@code NO_BACKSLASH_ESCAPES} setting).
 * <p>
 * Bind markers are either positional ({@code ?}) or named ({@code :name}, name matching
 * {@code [A-Za-z_][A-Za-z0-9_]*}); one statement uses one style only. Markers are numbered from 0 in order of
 * appearance and every occurrence counts, so a name used twice occupies two markers that are bound together.
 * Markers are not recognised inside string literals ({@code '...'}, {@code "..."}), backtick identifiers or
 * comments ({@code #}, {@code -- }, {@code /* *}{@code /}; executable comments {@code /*! *}{@code /} are treated
 * as comments too). A {@code :} is not a marker when it is part of SingleStore's {@code ::} JSON access,
 * {@code :=} assignment, {@code :>} / {@code !:>} casts, or when no identifier start follows it.
 * <p>
 * Parsing refuses text with a lone UTF-16 surrogate, so the text of a parsed statement, and every statement written
 * from it (prepared, interpolated or rewritten), is encoded in UTF-8 exactly.
 */
public final class ParsedSql {

    private static final byte[] NULL_LITERAL = "NULL".getBytes(StandardCharsets.US_ASCII);

    private static final int[] NO_INDEXES = new int[0];

    private final String sql;

    private final boolean noBackslashEscapes;

    private final int[] markerStarts;

    private final int[] markerEnds;

    private final String[] markerNames;

    private final Map<String, int[]> indexesByName;

    private final String serverSql;

    private final boolean multiStatement;

    private final int valuesStart;

    private final int valuesEnd;

    private final String firstKeyword;

    ParsedSql(String sql, boolean noBackslashEscapes, int[] markerStarts, int[] markerEnds, String[] markerNames,
              boolean multiStatement, int valuesStart, int valuesEnd, String firstKeyword) {
        this.sql = sql;
        this.firstKeyword = firstKeyword;
        this.noBackslashEscapes = noBackslashEscapes;
        this.markerStarts = markerStarts;
        this.markerEnds = markerEnds;
        this.markerNames = markerNames;
        this.indexesByName = indexNames(markerNames);
        this.serverSql = markerNames == null ? sql : replaceNamedMarkers();
        this.multiStatement = multiStatement;
        this.valuesStart = valuesStart;
        this.valuesEnd = valuesEnd;
    }

    /**
     * Parses a statement with the server's default lexing, where a backslash escapes the next character inside
     * string literals.
     *
     * @param sql the statement
     * @return the parsed statement
     * @throws IllegalArgumentException if the statement mixes {@code ?} and {@code :name} markers, or holds a lone
     *                                  UTF-16 surrogate
     */
    public static ParsedSql parse(String sql) {
        return parse(sql, false);
    }

    /**
     * Parses a statement.
     *
     * @param sql                the statement
     * @param noBackslashEscapes whether the session has {@code NO_BACKSLASH_ESCAPES}, making a backslash an
     *                           ordinary character inside string literals
     * @return the parsed statement
     * @throws IllegalArgumentException if the statement mixes {@code ?} and {@code :name} markers, or holds a lone
     *                                  UTF-16 surrogate (UTF-8 cannot encode it; the message gives its index)
     */
    public static ParsedSql parse(String sql, boolean noBackslashEscapes) {
        Objects.requireNonNull(sql, "sql must not be null");
        return new SqlScanner(sql, noBackslashEscapes).scan();
    }

    /**
     * @return the statement as given to {@link #parse(String)}
     */
    public String getSql() {
        return this.sql;
    }

    /**
     * @return whether the statement was lexed with {@code NO_BACKSLASH_ESCAPES}
     */
    public boolean isNoBackslashEscapes() {
        return this.noBackslashEscapes;
    }

    /**
     * @return the number of bind markers; each occurrence of a repeated name counts
     */
    public int getParameterCount() {
        return this.markerStarts.length;
    }

    /**
     * @param marker the marker index, from 0
     * @return the name of a {@code :name} marker (without the colon), or {@code null} for {@code ?}
     * @throws IndexOutOfBoundsException if there is no such marker
     */
    public String getParameterName(int marker) {
        Objects.checkIndex(marker, this.markerStarts.length);
        return this.markerNames == null ? null : this.markerNames[marker];
    }

    /**
     * @param name a marker name without the colon, matched case-sensitively
     * @return the indexes of the markers carrying that name in ascending order (a fresh array); empty if the
     *     name does not occur
     */
    public int[] getIndexes(String name) {
        int[] indexes = this.indexesByName.get(name);
        return indexes == null ? NO_INDEXES : indexes.clone();
    }

    /**
     * The markers a statement's {@code bind(name, value)} sets.
     *
     * @param name a marker name without the colon
     * @return the indexes of the markers carrying that name, never empty
     * @throws IllegalArgumentException when the name is {@code null}
     * @throws NoSuchElementException when no marker carries the name
     */
    public int[] bindIndexes(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        int[] indexes = this.indexesByName.get(name);
        if (indexes == null) {
            throw new NoSuchElementException("The statement has no bind marker named '" + name + "'");
        }
        return indexes.clone();
    }

    /**
     * Checks that a binding has a value for every marker before it is added to a statement.
     *
     * @param binding the values by marker index, {@code null} where none was bound
     * @param <T> the binding's type
     * @return the binding
     * @throws IllegalStateException naming the first marker without a value
     */
    public <T> T[] requireBound(T[] binding) {
        for (int i = 0; i < binding.length; i++) {
            if (binding[i] == null) {
                throw new IllegalStateException("No value was bound to bind marker " + i
                    + (getParameterName(i) != null ? " ('" + getParameterName(i) + "')" : ""));
            }
        }
        return binding;
    }

    /**
     * @return whether the statement uses {@code :name} markers
     */
    public boolean hasNamedParameters() {
        return this.markerNames != null;
    }

    /**
     * @return the statement with every {@code :name} marker replaced by {@code ?}, as sent in
     *     {@code COM_STMT_PREPARE}; the statement itself when it has no named markers
     */
    public String getServerSql() {
        return this.serverSql;
    }

    /**
     * @return whether a {@code ;} outside literals and comments is followed by more statement text (whitespace,
     *     comments and further semicolons do not count), so that sending it needs multi-statement support
     */
    public boolean isMultiStatement() {
        return this.multiStatement;
    }

    /**
     * Tells whether this is a single plain {@code INSERT [IGNORE] INTO tbl [(col, ...)] VALUES (...)} with exactly
     * one value tuple and nothing after it but whitespace, comments and semicolons. Statements with
     * {@code ON DUPLICATE KEY UPDATE}, several tuples, {@code SET}, {@code SELECT}, {@code REPLACE}, modifiers
     * other than {@code IGNORE} or a partition clause do not qualify. When this is true every bind marker lies
     * inside the tuple.
     *
     * @return whether the statement is a single-tuple {@code INSERT ... VALUES}
     */
    public boolean isInsertValues() {
        return this.valuesStart >= 0;
    }

    /**
     * @return the offset in {@link #getSql()} of the value tuple's opening parenthesis, or {@code -1} when
     *     {@link #isInsertValues()} is false
     */
    public int getValuesStart() {
        return this.valuesStart;
    }

    /**
     * @return the offset in {@link #getSql()} just after the value tuple's closing parenthesis (exclusive end), or
     *     {@code -1} when {@link #isInsertValues()} is false
     */
    public int getValuesEnd() {
        return this.valuesEnd;
    }

    /**
     * Writes the statement in UTF-8 with every marker replaced by the SQL literal of its parameter, for sending as
     * {@code COM_QUERY}. Validation happens before anything is written.
     *
     * @param out                the buffer to write to
     * @param params             one parameter per marker, indexed by marker index; a parameter whose
     *                           {@link Parameter#isNull()} is true is written as {@code NULL}
     * @param noBackslashEscapes whether the session has {@code NO_BACKSLASH_ESCAPES}, passed on to
     *                           {@link Parameter#writeText(ByteBuf, boolean)}; should match the setting the
     *                           statement was parsed with
     * @throws IllegalArgumentException if the number of parameters differs from {@link #getParameterCount()} or a
     *                                  parameter is missing
     */
    public void interpolate(ByteBuf out, Parameter[] params, boolean noBackslashEscapes) {
        Objects.requireNonNull(out, "out must not be null");
        checkBindings(params);
        int from = 0;
        for (int i = 0; i < params.length; i++) {
            ByteBufUtil.writeUtf8(out, this.sql, from, this.markerStarts[i]);
            writeLiteral(out, params[i], noBackslashEscapes);
            from = this.markerEnds[i];
        }
        ByteBufUtil.writeUtf8(out, this.sql, from, this.sql.length());
    }

    @Override
    public String toString() {
        return "ParsedSql{parameters=" + getParameterCount() + ", named=" + hasNamedParameters()
            + ", sqlLength=" + this.sql.length() + '}';
    }

    private void checkBindings(Parameter[] params) {
        Objects.requireNonNull(params, "params must not be null");
        if (params.length != this.markerStarts.length) {
            throw new IllegalArgumentException("Statement has " + this.markerStarts.length
                + " bind markers but " + params.length + " parameters were given");
        }
        for (int i = 0; i < params.length; i++) {
            if (params[i] == null) {
                throw new IllegalArgumentException("No parameter bound for " + describeMarker(i));
            }
        }
    }

    private String describeMarker(int marker) {
        String name = getParameterName(marker);
        return name == null ? "marker " + marker : "marker " + marker + " (:" + name + ")";
    }

    private static void writeLiteral(ByteBuf out, Parameter param, boolean noBackslashEscapes) {
        if (param.isNull()) {
            out.writeBytes(NULL_LITERAL);
        } else {
            param.writeText(out, noBackslashEscapes);
        }
    }

    private String replaceNamedMarkers() {
        return serverSql(null);
    }

    /**
     * The server-side SQL with some markers written otherwise, e.g. {@code FROM_BASE64(?)} for a value the Data API
     * can only carry as text, or an integer literal for a value it would turn into a float.
     *
     * @param markers what to write for each marker, {@code null} for {@code ?}; or {@code null} for all {@code ?}
     * @return the SQL
     */
    public String serverSql(String[] markers) {
        StringBuilder builder = new StringBuilder(this.sql.length() + 16);
        int from = 0;
        for (int i = 0; i < this.markerStarts.length; i++) {
            builder.append(this.sql, from, this.markerStarts[i]);
            if (markers != null && markers[i] != null) {
                builder.append(markers[i]);
            } else {
                builder.append('?');
            }
            from = this.markerEnds[i];
        }
        return builder.append(this.sql, from, this.sql.length()).toString();
    }

    /**
     * @return the statement's first keyword, upper-case, after comments, whitespace and opening parentheses (so
     * {@code (SELECT} gives {@code SELECT}); empty when the statement starts otherwise
     */
    public String firstKeyword() {
        return this.firstKeyword;
    }

    private static Map<String, int[]> indexNames(String[] names) {
        if (names == null) {
            return Collections.emptyMap();
        }
        Map<String, int[]> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            int[] previous = map.get(names[i]);
            int[] indexes = previous == null ? new int[1] : Arrays.copyOf(previous, previous.length + 1);
            indexes[indexes.length - 1] = i;
            map.put(names[i], indexes);
        }
        return map;
    }
}
