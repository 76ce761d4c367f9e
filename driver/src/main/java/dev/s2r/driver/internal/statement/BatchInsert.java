/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.sql.ParsedSql;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rewrites the bindings of a plain {@code INSERT ... VALUES (...)} statement into multi-row INSERTs, split into
 * chunks that stay under {@code max_allowed_packet} and the server's limit of 65,535 placeholders per statement.
 * <p>
 * Each row of a plain INSERT inserts exactly one row, so the update count of every binding is 1 and, with an
 * AUTO_INCREMENT column, the generated keys of a chunk are consecutive from its {@code LAST_INSERT_ID}.
 * Statements with {@code IGNORE} are not rewritten, because their per-binding counts cannot be told apart.
 */
public final class BatchInsert {

    /** {@code IGNORE} as a word anywhere before {@code VALUES}: then a failing row does not fail the statement. */
    private static final Pattern IGNORE = Pattern.compile("\\bIGNORE\\b", Pattern.CASE_INSENSITIVE);

    /** The server's limit of placeholders in one prepared statement. */
    static final int MAX_PLACEHOLDERS = 65_535;
    private static final int PACKET_MARGIN = 4096;

    private final String prefix;
    private final String tuple;
    private final String suffix;
    private final ParsedSql tupleSql;

    private BatchInsert(ParsedSql sql) {
        String text = sql.getSql();
        this.prefix = text.substring(0, sql.getValuesStart());
        this.tuple = text.substring(sql.getValuesStart(), sql.getValuesEnd());
        this.suffix = text.substring(sql.getValuesEnd());
        this.tupleSql = ParsedSql.parse(this.tuple, sql.isNoBackslashEscapes());
    }

    /**
     * @param sql      the statement
     * @param bindings how many bindings were added
     * @return the rewriter, or {@code null} when the statement is not a plain single-tuple INSERT with at least
     * one marker and there is more than one binding
     */
    public static BatchInsert of(ParsedSql sql, int bindings) {
        return isPlain(sql, bindings) ? new BatchInsert(sql) : null;
    }

    /**
     * @param sql      the statement
     * @param bindings how many bindings were added
     * @return whether the statement is a plain single-tuple INSERT without {@code IGNORE}, with at least one marker,
     * and there is more than one binding: then every binding inserts exactly one row
     */
    static boolean isPlain(ParsedSql sql, int bindings) {
        if (bindings < 2 || !sql.isInsertValues() || sql.getParameterCount() == 0
            || sql.getParameterCount() > MAX_PLACEHOLDERS) {
            return false;
        }
        return !IGNORE.matcher(sql.getSql()).region(0, sql.getValuesStart()).find();
    }

    /**
     * Splits the bindings into chunks.
     *
     * @param bindings           the parameters of each binding
     * @param maxBytes           the largest statement to build, in bytes
     * @param binary             whether the chunks run as prepared statements (size counted in binary form)
     * @param noBackslashEscapes the session's escaping mode, for the text size
     * @return the chunks in order
     */
    public List<Chunk> chunks(List<Parameter[]> bindings, long maxBytes, boolean binary, boolean noBackslashEscapes) {
        int perRow = bindings.get(0).length;
        int maxRows = Math.max(1, MAX_PLACEHOLDERS / perRow);
        long budget = Math.max(1024, maxBytes - PACKET_MARGIN - this.prefix.length() - this.suffix.length());
        List<Chunk> chunks = new ArrayList<>();
        ByteBuf scratch = Unpooled.buffer(256);
        try {
            int start = 0;
            long size = 0;
            for (int i = 0; i < bindings.size(); i++) {
                long row = rowSize(bindings.get(i), scratch, binary, noBackslashEscapes) + 1;
                if (i > start && (i - start >= maxRows || size + row > budget)) {
                    chunks.add(chunk(bindings.subList(start, i)));
                    start = i;
                    size = 0;
                }
                size += row;
            }
            chunks.add(chunk(bindings.subList(start, bindings.size())));
        } finally {
            scratch.release();
        }
        return chunks;
    }

    private long rowSize(Parameter[] parameters, ByteBuf scratch, boolean binary, boolean noBackslashEscapes) {
        scratch.clear();
        if (binary) {
            long size = 2L * parameters.length + parameters.length / 8 + 1;
            for (Parameter parameter : parameters) {
                if (!parameter.isNull()) {
                    size += parameter.binarySize(scratch);
                }
            }
            return size;
        }
        this.tupleSql.interpolate(scratch, parameters, noBackslashEscapes);
        return scratch.readableBytes();
    }

    private Chunk chunk(List<Parameter[]> rows) {
        StringBuilder sql = new StringBuilder(this.prefix.length() + this.suffix.length()
            + rows.size() * (this.tuple.length() + 1));
        sql.append(this.prefix);
        int perRow = rows.get(0).length;
        Parameter[] flat = new Parameter[rows.size() * perRow];
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                sql.append(',');
            }
            sql.append(this.tuple);
            System.arraycopy(rows.get(r), 0, flat, r * perRow, perRow);
        }
        sql.append(this.suffix);
        return new Chunk(ParsedSql.parse(sql.toString(), this.tupleSql.isNoBackslashEscapes()), flat, rows.size());
    }

    /**
     * One multi-row INSERT: its SQL, the parameters of all its rows, and how many bindings it carries.
     */
    public static final class Chunk {

        private final ParsedSql sql;
        private final Parameter[] parameters;
        private final int rows;

        Chunk(ParsedSql sql, Parameter[] parameters, int rows) {
            this.sql = sql;
            this.parameters = parameters;
            this.rows = rows;
        }

        public ParsedSql sql() {
            return this.sql;
        }

        public Parameter[] parameters() {
            return this.parameters;
        }

        public int rows() {
            return this.rows;
        }
    }
}
