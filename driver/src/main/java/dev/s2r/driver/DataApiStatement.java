/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.internal.http.DataApiArgs;
import dev.s2r.driver.internal.sql.ParsedSql;
import io.r2dbc.spi.Blob;
import io.r2dbc.spi.Clob;
import io.r2dbc.spi.Statement;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement over the Data API: its {@code ?} and {@code :name} markers are bound as over the MySQL protocol and
 * sent as the request's {@code args}; each binding of an {@code add()} batch is one request, sent once the previous
 * one has answered (in order, so a later binding sees what an earlier one did; no atomicity across them).
 */
final class DataApiStatement implements Statement {

    /** A bound NULL. */
    private static final Object NULL = new Object();

    private final DataApiConnection connection;
    private final ParsedSql sql;
    private final List<Object[]> bindings = new ArrayList<>();
    private Object[] current;
    private boolean addedLast;
    private String generatedKeys;

    DataApiStatement(DataApiConnection connection, String sql) {
        this.connection = connection;
        this.sql = ParsedSql.parse(sql);
    }

    @Override
    public DataApiStatement add() {
        this.bindings.add(this.sql.requireBound(current()));
        this.current = null;
        this.addedLast = true;
        return this;
    }

    @Override
    public DataApiStatement bind(int index, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null; use bindNull(" + index + ", type)");
        }
        set(index, checked(unwrap(value)));
        return this;
    }

    @Override
    public DataApiStatement bind(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null; use bindNull(\"" + name + "\", type)");
        }
        Object unwrapped = checked(unwrap(value));
        for (int index : this.sql.bindIndexes(name)) {
            set(index, unwrapped);
        }
        return this;
    }

    @Override
    public DataApiStatement bindNull(int index, Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        set(index, NULL);
        return this;
    }

    @Override
    public DataApiStatement bindNull(String name, Class<?> type) {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        for (int index : this.sql.bindIndexes(name)) {
            set(index, NULL);
        }
        return this;
    }

    @Override
    public DataApiStatement returnGeneratedValues(String... columns) {
        if (columns == null) {
            throw new IllegalArgumentException("columns must not be null");
        }
        this.generatedKeys = columns.length > 0 ? columns[0] : "LAST_INSERT_ID";
        return this;
    }

    /** No effect: the Data API streams a result as the server sends it. */
    @Override
    public DataApiStatement fetchSize(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("fetchSize must not be negative, got " + rows);
        }
        return this;
    }

    @Override
    public Flux<SingleStoreResult> execute() {
        if (this.current != null) {
            this.bindings.add(this.sql.requireBound(this.current));
            this.current = null;
        } else if (this.addedLast) {
            throw new IllegalStateException("add() was called without binding values afterwards");
        } else if (this.bindings.isEmpty()) {
            this.bindings.add(this.sql.requireBound(current()));
            this.current = null;
        }
        List<Object[]> runs = new ArrayList<>(this.bindings);
        this.bindings.clear();
        this.addedLast = false;
        String keys = this.generatedKeys;
        if (runs.size() == 1) {
            return run(runs.get(0), keys);
        }
        return Flux.fromIterable(runs).concatMap(binding -> run(binding, keys), 0);
    }

    private Flux<SingleStoreResult> run(Object[] binding, String keys) {
        return resolve(binding).flatMapMany(values -> this.connection.execute(this.sql, values, keys));
    }

    /** The binding's values as arguments, once Blobs and Clobs are read and NaN/infinity options applied. */
    private Mono<List<Object>> resolve(Object[] binding) {
        return Mono.deferContextual(context -> Flux.fromArray(binding).concatMap(value -> {
            if (value instanceof Blob) {
                return Flux.from(((Blob) value).stream()).collect(ByteArrayOutputStream::new, DataApiStatement::append)
                    .map(ByteArrayOutputStream::toByteArray);
            }
            if (value instanceof Clob) {
                return Flux.from(((Clob) value).stream()).collect(StringBuilder::new, StringBuilder::append)
                    .map(StringBuilder::toString);
            }
            if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())
                && (Double.isNaN(((Number) value).doubleValue())
                    ? SingleStoreOptions.resultOption(context, SingleStoreOptions.NAN_AS_NULL,
                        this.connection.settings().get(SingleStoreOptions.NAN_AS_NULL))
                    : SingleStoreOptions.resultOption(context, SingleStoreOptions.INF_AS_NULL,
                        this.connection.settings().get(SingleStoreOptions.INF_AS_NULL)))) {
                return Mono.just(NULL);
            }
            return Mono.just(value);
        }).collectList().map(values -> {
            List<Object> args = new ArrayList<>(values.size());
            for (Object value : values) {
                args.add(value == NULL ? null : value);
            }
            return args;
        }));
    }

    private static void append(ByteArrayOutputStream out, ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        out.write(bytes, 0, bytes.length);
    }

    private static Object checked(Object value) {
        if (value != NULL) {
            DataApiArgs.check(value);
        }
        return value;
    }

    private static Object unwrap(Object value) {
        if (value instanceof io.r2dbc.spi.Parameter) {
            if (value instanceof io.r2dbc.spi.Parameter.Out) {
                throw new IllegalArgumentException("OUT parameters are not supported: bind IN parameters only");
            }
            Object inner = ((io.r2dbc.spi.Parameter) value).getValue();
            return inner == null ? NULL : inner;
        }
        return value;
    }

    private Object[] current() {
        if (this.current == null) {
            this.current = new Object[this.sql.getParameterCount()];
        }
        return this.current;
    }

    private void set(int index, Object value) {
        if (index < 0 || index >= this.sql.getParameterCount()) {
            throw new IndexOutOfBoundsException("Bind index " + index + " is out of range: the statement has "
                + this.sql.getParameterCount() + " bind markers");
        }
        current()[index] = value;
    }



    @Override
    public String toString() {
        return "DataApiStatement{sql='" + this.sql.getSql() + "'}";
    }
}
