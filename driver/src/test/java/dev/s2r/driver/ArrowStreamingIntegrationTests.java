/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreResult;
import dev.s2r.driver.test.Protocol;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code toArrow} as a stream, over both protocols: batch boundaries, demand (a batch is decoded only when it is
 * requested), cancellation in the middle of a result (the connection stays usable), results without rows, and that
 * every Arrow buffer is freed once the subscriber has closed its batches.
 */
@SingleStoreTest
final class ArrowStreamingIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Map<Protocol, ConnectionFactory> FACTORIES = new EnumMap<>(Protocol.class);

    private BufferAllocator allocator;

    @BeforeAll
    static void createTables(TestDatabase database) {
        String ten = IntStream.rangeClosed(1, 10).mapToObj(i -> "(" + i + ", 'row " + i + "')")
            .collect(Collectors.joining(","));
        String thousand = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE arrow_ten (id INT NOT NULL PRIMARY KEY, s VARCHAR(20))",
            "INSERT INTO arrow_ten VALUES " + ten,
            "CREATE TABLE arrow_thousand (i INT PRIMARY KEY)",
            "INSERT INTO arrow_thousand VALUES " + thousand);
        for (Protocol protocol : Protocol.values()) {
            FACTORIES.put(protocol, database.connectionFactory(protocol.options()));
        }
    }

    @BeforeEach
    void openAllocator() {
        this.allocator = new RootAllocator();
    }

    @AfterEach
    void closeAllocator() {
        assertThat(this.allocator.getAllocatedMemory()).as("Arrow memory left allocated").isZero();
        this.allocator.close();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void tenRowsInBatchesOfThreeGiveThreeThreeThreeOne(Protocol protocol) {
        List<Integer> sizes = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();

        withConnection(protocol, connection -> select(connection, "SELECT id, s FROM arrow_ten WHERE id >= ? ORDER BY id")
            .concatMap(result -> arrow(result, 3))
            .doOnNext(root -> {
                try (root) {
                    sizes.add(root.getRowCount());
                    IntVector id = (IntVector) root.getVector("id");
                    for (int row = 0; row < root.getRowCount(); row++) {
                        ids.add(id.get(row));
                    }
                    assertThat(root.getVector("s").getObject(root.getRowCount() - 1).toString())
                        .isEqualTo("row " + ids.get(ids.size() - 1));
                }
            })
            .then())
            .block(TIMEOUT);

        assertThat(sizes).containsExactly(3, 3, 3, 1);
        assertThat(ids).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).boxed().toList());
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aBatchIsDecodedOnlyWhenRequested(Protocol protocol) {
        Connection connection = Mono.from(FACTORIES.get(protocol).create()).block(TIMEOUT);
        try {
            Flux<VectorSchemaRoot> batches = select(connection,
                "SELECT id, s FROM arrow_ten WHERE id >= ? ORDER BY id").concatMap(result -> arrow(result, 3));

            StepVerifier.create(batches, 1)
                .consumeNextWith(root -> {
                    assertThat(root.getRowCount()).isEqualTo(3);
                    root.close();
                })
                .expectNoEvent(Duration.ofMillis(300))
                .then(() -> assertThat(this.allocator.getAllocatedMemory())
                    .as("no row of the second batch was decoded before it was requested").isZero())
                .thenRequest(1)
                .consumeNextWith(root -> {
                    assertThat(root.getRowCount()).isEqualTo(3);
                    root.close();
                })
                .thenRequest(Long.MAX_VALUE)
                .consumeNextWith(VectorSchemaRoot::close)
                .consumeNextWith(root -> {
                    assertThat(root.getRowCount()).isEqualTo(1);
                    root.close();
                })
                .expectComplete()
                .verify(TIMEOUT);
        } finally {
            Mono.from(connection.close()).block(TIMEOUT);
        }
    }

    /**
     * A consumer on another thread asks for one batch at a time, so the connection keeps reading rows past the
     * demand: rows taken straight from the socket while there is demand and rows that waited for it in the queue
     * interleave, and must come out in the server's order.
     */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void rowsKeepTheServersOrderWhenBatchesAreRequestedOneAtATimeFromAnotherThread(Protocol protocol) {
        List<Integer> sizes = new ArrayList<>();
        long[] next = {0};
        List<String> misplaced = new ArrayList<>();

        withConnection(protocol, connection -> select(connection, "SELECT a.i * 1000 + b.i AS n "
                + "FROM arrow_thousand a, arrow_thousand b WHERE a.i >= ? AND a.i < 100 ORDER BY n")
            .concatMap(result -> arrow(result, 777))
            .publishOn(Schedulers.single(), 1)
            .doOnNext(root -> {
                try (root) {
                    sizes.add(root.getRowCount());
                    BaseIntVector n = (BaseIntVector) root.getVector("n");
                    for (int row = 0; row < root.getRowCount(); row++, next[0]++) {
                        if (n.getValueAsLong(row) != next[0] && misplaced.size() < 5) {
                            misplaced.add("row " + next[0] + " holds " + n.getValueAsLong(row));
                        }
                    }
                }
            })
            .then())
            .block(TIMEOUT);

        assertThat(misplaced).isEmpty();
        assertThat(next[0]).isEqualTo(100_000);
        assertThat(sizes).hasSize(129).allMatch(size -> size == 777 || size == 100_000 - 128 * 777);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void cancellingMidStreamLeavesTheConnectionUsable(Protocol protocol) {
        Long count = withConnection(protocol, connection -> select(connection,
                "SELECT a.i FROM arrow_thousand a, arrow_thousand b WHERE a.i >= ? LIMIT 200000")
            .concatMap(result -> arrow(result, 1000))
            .take(2)
            .doOnNext(VectorSchemaRoot::close)
            .then(select(connection, "SELECT COUNT(*) FROM arrow_ten WHERE id >= ?")
                .concatMap(result -> result.map((row, metadata) -> row.get(0, Long.class)))
                .single()))
            .block(TIMEOUT);

        assertThat(count).isEqualTo(10L);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void anEmptyResultSetGivesOneEmptyBatchWithItsSchema(Protocol protocol) {
        List<Integer> sizes = new ArrayList<>();
        List<String> names = new ArrayList<>();

        withConnection(protocol, connection -> select(connection, "SELECT id, s FROM arrow_ten WHERE id < ?")
            .concatMap(result -> arrow(result, 3))
            .doOnNext(root -> {
                try (root) {
                    sizes.add(root.getRowCount());
                    root.getSchema().getFields().forEach(field -> names.add(field.getName()));
                }
            })
            .then())
            .block(TIMEOUT);

        assertThat(sizes).containsExactly(0);
        assertThat(names).containsExactly("id", "s");
    }

    @Test
    void anUpdateCountGivesNoBatch(ConnectionFactory factory) {
        Mono.usingWhen(factory.create(),
                connection -> Flux.from(connection.createStatement("UPDATE arrow_ten SET s = s WHERE id = 1").execute())
                    .concatMap(result -> arrow(result, 3))
                    .count(),
                Connection::close)
            .as(StepVerifier::create)
            .expectNext(0L)
            .verifyComplete();
    }

    @Test
    void invalidArgumentsAndFilteredResultsAreRefused(ConnectionFactory factory) {
        Mono.usingWhen(factory.create(),
                connection -> Flux.from(connection.createStatement("SELECT 1").execute())
                    .concatMap(result -> {
                        assertThatThrownBy(() -> arrow(result, 0)).isInstanceOf(IllegalArgumentException.class);
                        assertThatThrownBy(() -> ((SingleStoreResult) result).toArrow(null, 1))
                            .isInstanceOf(IllegalArgumentException.class);
                        Result filtered = result.filter(segment -> true);
                        assertThatThrownBy(() -> arrow(filtered, 1)).isInstanceOf(IllegalStateException.class);
                        return filtered.map(readable -> 1);
                    })
                    .then(),
                Connection::close)
            .block(TIMEOUT);
    }

    private Flux<VectorSchemaRoot> arrow(Result result, int batchRows) {
        return ((SingleStoreResult) result).toArrow(this.allocator, batchRows);
    }

    private static Flux<Result> select(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).bind(0, 0).execute());
    }

    private static <T> Mono<T> withConnection(Protocol protocol, Function<Connection, Mono<T>> work) {
        return Mono.usingWhen(FACTORIES.get(protocol).create(), work, Connection::close);
    }
}
