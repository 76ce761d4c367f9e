/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.sql.ParsedSql;
import io.r2dbc.spi.Batch;
import reactor.core.publisher.Flux;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch over the Data API: one request per statement, each sent once the previous one has answered (in order, so
 * a later statement sees what an earlier one did), without atomicity across them.
 */
final class DataApiBatch implements Batch {

    private final DataApiConnection connection;
    private final List<ParsedSql> statements = new ArrayList<>();

    DataApiBatch(DataApiConnection connection) {
        this.connection = connection;
    }

    @Override
    public DataApiBatch add(String sql) {
        if (sql == null) {
            throw new IllegalArgumentException("sql must not be null");
        }
        this.statements.add(ParsedSql.parse(sql));
        return this;
    }

    @Override
    public Flux<SingleStoreResult> execute() {
        List<ParsedSql> sqls = new ArrayList<>(this.statements);
        this.statements.clear();
        return Flux.fromIterable(sqls).concatMap(sql -> this.connection.execute(sql, List.of(), null), 0);
    }
}
