/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import io.r2dbc.spi.Batch;
import reactor.core.publisher.Flux;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch of SQL statements without bind markers. Sent as one multi-statement query when the connection allows
 * multi-statements, otherwise pipelined: all statements are written without waiting for the previous answer.
 */
final class SingleStoreBatch implements Batch {

    private final SingleStoreConnection connection;
    private final List<String> statements = new ArrayList<>();

    SingleStoreBatch(SingleStoreConnection connection) {
        this.connection = connection;
    }

    @Override
    public SingleStoreBatch add(String sql) {
        if (sql == null) {
            throw new IllegalArgumentException("sql must not be null");
        }
        this.statements.add(sql);
        return this;
    }

    @Override
    public Flux<SingleStoreResult> execute() {
        List<String> sqls = new ArrayList<>(this.statements);
        this.statements.clear();
        if (sqls.isEmpty()) {
            return Flux.empty();
        }
        if (sqls.size() > 1 && this.connection.multiStatementsEnabled()) {
            return this.connection.executeText(String.join(";\n", sqls), null);
        }
        return Flux.fromIterable(sqls).flatMapSequential(sql -> this.connection.executeText(sql, null),
            this.connection.configuration().getPipelineLimit());
    }
}
