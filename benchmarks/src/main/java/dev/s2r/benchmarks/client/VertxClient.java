/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.data.Checksum;
import dev.s2r.benchmarks.data.WideRow;
import dev.s2r.benchmarks.data.WideTable;
import dev.s2r.benchmarks.harness.BenchEnv;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mysqlclient.MySQLConnectOptions;
import io.vertx.mysqlclient.MySQLConnection;
import io.vertx.mysqlclient.SslMode;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.Tuple;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collector;

/**
 * vertx-mysql-client 5 as its documentation shows it: {@code query().collecting(...)} for a plain query (rows
 * folded as they arrive, no {@code RowSet} kept), {@code preparedQuery(...).execute(Tuple)} with
 * {@code cachePreparedStatements}, {@code executeBatch} in a transaction, and for bounded demand a prepared
 * statement's cursor stream (fetch 256) with {@code pause}/{@code fetch}; default NIO transport and
 * {@code pipeliningLimit}. Operations are chained with Reactor, without blocking an event loop.
 */
final class VertxClient implements BenchClient {

    private final Vertx vertx;
    private final List<MySQLConnection> connections = new ArrayList<>();
    private final Duration timeout;
    private final Scheduler consumerThread = Schedulers.newSingle("slow-consumer");

    VertxClient(BenchEnv env, int connections, Duration timeout) throws Exception {
        this.timeout = timeout;
        this.vertx = Vertx.vertx();
        MySQLConnectOptions options = new MySQLConnectOptions()
            .setHost(env.host()).setPort(env.port()).setUser(env.user()).setPassword(env.password())
            .setDatabase(env.database()).setSslMode(SslMode.DISABLED).setCachePreparedStatements(true);
        for (int k = 0; k < connections; k++) {
            this.connections.add(await(MySQLConnection.connect(vertx, options)));
        }
    }

    private <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    static WideRow row(Row row) {
        return new WideRow(row.getLong(0), row.getInteger(1), row.getDouble(2), row.getBigDecimal(3),
            row.getString(4), row.getLocalDateTime(5), row.getBuffer(6).getBytes());
    }

    @Override
    public Checksum stream() throws Exception {
        Collector<Row, Checksum, Checksum> fold = Collector.of(Checksum::new, (c, r) -> c.add(row(r)), Checksum::merge);
        return await(connections.get(0).query(WideTable.SELECT_ALL).collecting(fold).execute()).value();
    }

    @Override
    public Checksum streamSlow(SlowConsumer consumer) throws Exception {
        PreparedStatement statement = await(connections.get(0).prepare(WideTable.SELECT_ALL));
        try {
            Flux.<WideRow>create(sink -> {
                    RowStream<Row> stream = statement.createStream(256);
                    stream.pause();
                    stream.exceptionHandler(sink::error);
                    stream.endHandler(v -> sink.complete());
                    stream.handler(r -> sink.next(row(r)));
                    sink.onRequest(stream::fetch);
                    sink.onCancel(stream::close);
                })
                .limitRate(256)
                .publishOn(consumerThread, 256)
                .doOnNext(consumer::accept)
                .then()
                .block(timeout);
        } finally {
            await(statement.close());
        }
        return consumer.checksum();
    }

    private static Mono<Checksum> lookup(MySQLConnection connection, long id, Checksum into) {
        return Mono.fromCompletionStage(() -> connection.preparedQuery(WideTable.SELECT_BY_ID)
                .execute(Tuple.of(id)).toCompletionStage())
            .map(rows -> fold(rows, into));
    }

    private static Checksum fold(RowSet<Row> rows, Checksum into) {
        for (Row r : rows) {
            into.add(row(r));
        }
        return into;
    }

    @Override
    public Checksum point(long[] ids, int concurrency) {
        Checksum[] parts = new Checksum[concurrency];
        Flux.range(0, concurrency)
            .flatMap(chain -> {
                Checksum part = new Checksum();
                parts[chain] = part;
                MySQLConnection connection = connections.get(chain % connections.size());
                return Flux.range(0, (ids.length - chain + concurrency - 1) / concurrency)
                    .concatMap(j -> lookup(connection, ids[chain + j * concurrency], part))
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

    @Override
    public void insert(List<WideRow> rows, int batchSize) throws Exception {
        MySQLConnection connection = connections.get(0);
        // the batches chained on the event loop, as a Vert.x application writes it: one wait for the whole run
        Future<Void> chain = Future.succeededFuture();
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<WideRow> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            chain = chain.compose(done -> {
                List<Tuple> tuples = new ArrayList<>(batch.size());
                for (WideRow r : batch) {
                    tuples.add(Tuple.of(r.id(), r.i(), r.d(), r.dec(), r.s(), r.dt(), Buffer.buffer(r.b())));
                }
                return connection.begin().compose(tx -> connection.preparedQuery(WideTable.INSERT)
                    .executeBatch(tuples).compose(result -> tx.commit()));
            });
        }
        await(chain);
    }

    @Override
    public void close() throws Exception {
        try {
            for (MySQLConnection connection : connections) {
                await(connection.close());
            }
        } finally {
            consumerThread.dispose();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
