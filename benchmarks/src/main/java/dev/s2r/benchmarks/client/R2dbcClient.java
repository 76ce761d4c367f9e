/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideRow;
import dev.s2r.benchmarks.data.WideTable;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Any R2DBC driver, through the SPI only: {@code Row.get(index, Class)} for every column, {@code Statement.bind}
 * by index with {@code ?} markers, {@code Statement.add()} batches.
 */
final class R2dbcClient implements BenchClient {

    private final List<Connection> connections;
    private final Duration timeout;
    private final Scheduler consumerThread = Schedulers.newSingle("slow-consumer");

    R2dbcClient(ConnectionFactory factory, int connections, Duration timeout) {
        this.timeout = timeout;
        this.connections = Flux.range(0, connections)
            .concatMap(k -> Mono.<Connection>from(factory.create()))
            .collectList()
            .block(timeout);
    }

    static WideRow row(Row row, RowMetadata metadata) {
        if (row instanceof dev.s2r.driver.api.SingleStoreRow) {
            // s2r's documented primitive getters: no boxing for the long/int/double columns
            dev.s2r.driver.api.SingleStoreRow s2r = (dev.s2r.driver.api.SingleStoreRow) row;
            return new WideRow(s2r.getLong(0), s2r.getInt(1), s2r.getDouble(2),
                row.get(3, BigDecimal.class), row.get(4, String.class), row.get(5, LocalDateTime.class),
                row.get(6, byte[].class));
        }
        return new WideRow(row.get(0, Long.class), row.get(1, Integer.class), row.get(2, Double.class),
            row.get(3, BigDecimal.class), row.get(4, String.class), row.get(5, LocalDateTime.class),
            row.get(6, byte[].class));
    }

    private Flux<WideRow> rows(Connection connection) {
        return Flux.from(connection.createStatement(WideTable.SELECT_ALL).execute())
            .concatMap(result -> result.map(R2dbcClient::row));
    }

    @Override
    public Checksum stream() {
        Checksum checksum = new Checksum();
        rows(connections.get(0)).doOnNext(checksum::add).then().block(timeout);
        return checksum;
    }

    @Override
    public Checksum streamSlow(SlowConsumer consumer) {
        rows(connections.get(0))
            .limitRate(256)
            .publishOn(consumerThread, 256)
            .doOnNext(consumer::accept)
            .then()
            .block(timeout);
        return consumer.checksum();
    }

    private static Flux<WideRow> lookup(Connection connection, long id) {
        return Flux.from(connection.createStatement(WideTable.SELECT_BY_ID).bind(0, id).execute())
            .concatMap(result -> result.map(R2dbcClient::row));
    }

    @Override
    public Checksum point(long[] ids, int concurrency) {
        Checksum[] parts = new Checksum[concurrency];
        Flux.range(0, concurrency)
            .flatMap(chain -> {
                Checksum part = new Checksum();
                parts[chain] = part;
                Connection connection = connections.get(chain % connections.size());
                return Flux.range(0, (ids.length - chain + concurrency - 1) / concurrency)
                    .concatMap(j -> lookup(connection, ids[chain + j * concurrency]))
                    .doOnNext(part::add)
                    .then();
            }, concurrency)
            .then()
            .block(timeout);
        Checksum all = new Checksum();
        for (Checksum part : parts) {
            all.merge(part);
        }
        return all;
    }

    /**
     * One transaction per batch, as the JDBC client does it: auto-commit off for the run, so that each batch's
     * transaction starts implicitly with its INSERT and ends with COMMIT (R2DBC 1.0, section 10: with auto-commit
     * disabled a transaction starts implicitly and is committed explicitly). The batches are chained in one reactive
     * pipeline, as a reactive application writes it: the caller blocks once for the whole run, not once per batch
     * (blocking per batch adds two thread hand-offs per batch that such an application does not have).
     */
    @Override
    public void insert(List<WideRow> rows, int batchSize) {
        Connection connection = connections.get(0);
        Flux<Void> batches = Flux.range(0, (rows.size() + batchSize - 1) / batchSize)
            .concatMap(k -> {
                List<WideRow> batch = rows.subList(k * batchSize, Math.min(rows.size(), (k + 1) * batchSize));
                return Flux.from(bindAll(connection.createStatement(WideTable.INSERT), batch).execute())
                    .concatMap(Result::getRowsUpdated)
                    .then(Mono.from(connection.commitTransaction()));
            });
        Mono.from(connection.setAutoCommit(false))
            .thenMany(batches)
            .then()
            .onErrorResume(e -> Mono.from(connection.setAutoCommit(true)).onErrorResume(ignored -> Mono.empty())
                .then(Mono.error(e)))
            .then(Mono.defer(() -> Mono.from(connection.setAutoCommit(true))))
            .block(timeout);
    }

    private static Statement bindAll(Statement statement, List<WideRow> batch) {
        for (int k = 0; k < batch.size(); k++) {
            if (k > 0) {
                statement.add();
            }
            WideRow r = batch.get(k);
            statement.bind(0, r.id()).bind(1, r.i()).bind(2, r.d()).bind(3, r.dec()).bind(4, r.s())
                .bind(5, r.dt()).bind(6, r.b());
        }
        return statement;
    }

    @Override
    public void close() {
        try {
            Flux.fromIterable(connections).concatMap(c -> Mono.from(c.close()).onErrorResume(e -> Mono.empty()))
                .then().block(Duration.ofSeconds(10));
        } finally {
            consumerThread.dispose();
        }
    }
}
