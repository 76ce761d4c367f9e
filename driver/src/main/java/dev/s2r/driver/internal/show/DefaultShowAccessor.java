/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import dev.s2r.driver.api.ShowAccessor;
import dev.s2r.driver.api.ShowRow;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.function.Supplier;

/**
 * Builds each {@code SHOW} command and maps its rows. Identifiers are quoted (and validated) at the call; string
 * literals are rendered at subscription, for the session's current backslash mode.
 */
final class DefaultShowAccessor implements ShowAccessor {

    private final SqlSession session;

    DefaultShowAccessor(SqlSession session) {
        this.session = session;
    }

    @Override
    public Flux<ShowRow> tables() {
        return tables(null, null, false);
    }

    @Override
    public Flux<ShowRow> tables(boolean extended) {
        return tables(null, null, extended);
    }

    @Override
    public Flux<ShowRow> tables(String database, String like, boolean extended) {
        String in = in(database);
        return rows(() -> "SHOW TABLES" + in + extended(extended) + like(like));
    }

    @Override
    public Flux<ShowRow> databases() {
        return databases(null, false);
    }

    @Override
    public Flux<ShowRow> databases(boolean extended) {
        return databases(null, extended);
    }

    @Override
    public Flux<ShowRow> databases(String like, boolean extended) {
        return rows(() -> "SHOW DATABASES" + extended(extended) + like(like));
    }

    @Override
    public Flux<ShowRow> schemas() {
        return schemas(null);
    }

    @Override
    public Flux<ShowRow> schemas(String like) {
        return rows(() -> "SHOW SCHEMAS" + like(like));
    }

    @Override
    public Flux<ShowRow> columns(String table) {
        return columns(table, null, null, false);
    }

    @Override
    public Flux<ShowRow> columns(String table, boolean full) {
        return columns(table, null, null, full);
    }

    @Override
    public Flux<ShowRow> columns(String table, String database, String like, boolean full) {
        String from = " IN " + SqlText.identifier(table, "table") + in(database);
        return rows(() -> "SHOW" + (full ? " FULL" : "") + " COLUMNS" + from + like(like));
    }

    @Override
    public Flux<ShowRow> indexes(String table) {
        return indexes(table, null);
    }

    @Override
    public Flux<ShowRow> indexes(String table, String database) {
        String sql = "SHOW INDEXES IN " + SqlText.identifier(table, "table") + in(database);
        return rows(() -> sql);
    }

    @Override
    public Flux<ShowRow> warnings() {
        return rows(() -> "SHOW WARNINGS");
    }

    @Override
    public Flux<ShowRow> errors() {
        return rows(() -> "SHOW ERRORS");
    }

    @Override
    public Flux<ShowRow> processlist() {
        return rows(() -> "SHOW PROCESSLIST");
    }

    @Override
    public Mono<ShowRow> createTable(String table) {
        return createTable(table, null);
    }

    @Override
    public Mono<ShowRow> createTable(String table, String database) {
        String name = (database == null ? "" : SqlText.identifier(database, "database") + '.')
            + SqlText.identifier(table, "table");
        return row(() -> "SHOW CREATE TABLE " + name);
    }

    @Override
    public Mono<ShowRow> createView(String view) {
        String name = SqlText.identifier(view, "view");
        return row(() -> "SHOW CREATE VIEW " + name);
    }

    @Override
    public Mono<ShowRow> createFunction(String function) {
        String name = SqlText.identifier(function, "function");
        return row(() -> "SHOW CREATE FUNCTION " + name);
    }

    @Override
    public Mono<ShowRow> createAggregate(String aggregate) {
        String name = SqlText.identifier(aggregate, "aggregate");
        return row(() -> "SHOW CREATE AGGREGATE " + name);
    }

    @Override
    public Mono<ShowRow> createPipeline(String pipeline) {
        return createPipeline(pipeline, false);
    }

    @Override
    public Mono<ShowRow> createPipeline(String pipeline, boolean extended) {
        String name = SqlText.identifier(pipeline, "pipeline");
        return row(() -> "SHOW CREATE PIPELINE " + name + extended(extended));
    }

    @Override
    public Flux<ShowRow> pipelines() {
        return rows(() -> "SHOW PIPELINES");
    }

    @Override
    public Flux<ShowRow> partitions() {
        return partitions(false);
    }

    @Override
    public Flux<ShowRow> partitions(boolean extended) {
        return rows(() -> "SHOW PARTITIONS" + extended(extended));
    }

    @Override
    public Flux<ShowRow> plancache() {
        return rows(() -> "SHOW PLANCACHE");
    }

    @Override
    public Flux<ShowRow> plan(long planId) {
        return plan(planId, false);
    }

    @Override
    public Flux<ShowRow> plan(long planId, boolean json) {
        return rows(() -> "SHOW PLAN " + (json ? "JSON " : "") + planId);
    }

    @Override
    public Flux<ShowRow> aggregates() {
        return aggregates(null, null);
    }

    @Override
    public Flux<ShowRow> aggregates(String database, String like) {
        String in = in(database);
        return rows(() -> "SHOW AGGREGATES" + in + like(like));
    }

    @Override
    public Flux<ShowRow> reproduction() {
        return rows(() -> "SHOW REPRODUCTION");
    }

    @Override
    public Flux<ShowRow> reproduction(String outfile) {
        if (outfile == null || outfile.isEmpty()) {
            throw new IllegalArgumentException("outfile must not be null or empty");
        }
        return rows(() -> "SHOW REPRODUCTION INTO OUTFILE " + this.session.literal(outfile));
    }

    @Override
    public Flux<ShowRow> functions() {
        return functions(null, null);
    }

    @Override
    public Flux<ShowRow> functions(String database, String like) {
        String in = in(database);
        return rows(() -> "SHOW FUNCTIONS" + in + like(like));
    }

    @Override
    public Flux<ShowRow> procedures() {
        return procedures(null, null);
    }

    @Override
    public Flux<ShowRow> procedures(String database, String like) {
        String in = in(database);
        return rows(() -> "SHOW PROCEDURES" + in + like(like));
    }

    @Override
    public Flux<ShowRow> status() {
        return status(null, false);
    }

    @Override
    public Flux<ShowRow> status(boolean extended) {
        return status(null, extended);
    }

    @Override
    public Flux<ShowRow> status(String like, boolean extended) {
        return rows(() -> "SHOW STATUS" + extended(extended) + like(like));
    }

    @Override
    public Flux<ShowRow> globalStatus() {
        return globalStatus(null);
    }

    @Override
    public Flux<ShowRow> globalStatus(String like) {
        return rows(() -> "SHOW GLOBAL STATUS" + like(like));
    }

    @Override
    public Flux<ShowRow> sessionStatus() {
        return sessionStatus(null);
    }

    @Override
    public Flux<ShowRow> sessionStatus(String like) {
        return rows(() -> "SHOW SESSION STATUS" + like(like));
    }

    @Override
    public Flux<ShowRow> tableStatus() {
        return tableStatus(null, null);
    }

    @Override
    public Flux<ShowRow> tableStatus(String database, String like) {
        String in = in(database);
        return rows(() -> "SHOW TABLE STATUS" + in + like(like));
    }

    @Override
    public Flux<ShowRow> databaseStatus() {
        return rows(() -> "SHOW DATABASE STATUS");
    }

    private Flux<ShowRow> rows(Supplier<String> sql) {
        return Flux.defer(() -> this.session.query(sql.get(), new ShowRowMapper()));
    }

    private Mono<ShowRow> row(Supplier<String> sql) {
        return rows(sql).reduce((first, ignored) -> first);
    }

    private static String in(String database) {
        return database == null ? "" : " IN " + SqlText.identifier(database, "database");
    }

    private static String extended(boolean extended) {
        return extended ? " EXTENDED" : "";
    }

    private String like(String pattern) {
        return pattern == null ? "" : " LIKE " + this.session.literal(pattern);
    }

    @Override
    public String toString() {
        return "ShowAccessor";
    }
}
