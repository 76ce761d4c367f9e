/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.test.Wire;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

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
 * {@code Result.map} over every {@link Wire} (the text protocol, server-prepared statements and the Data API): rows
 * mapped as they arrive (taken in place from the socket buffer, or from the decoded chunk of the HTTP answer) and rows
 * that waited for demand keep the server's order, and a mapping function that throws or returns {@code null} fails the
 * result with a clear error while the connection stays usable.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
final class RowMappingIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String SCAN = "SELECT a.i * 1000 + b.i AS n FROM mapping_thousand a, mapping_thousand b "
        + "WHERE a.i >= ? AND a.i < 100 ORDER BY n";
    private static final Map<Wire, ConnectionFactory> FACTORIES = new EnumMap<>(Wire.class);

    @BeforeAll
    static void createTables(TestDatabase database) {
        String thousand = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE mapping_thousand (i INT PRIMARY KEY)",
            "INSERT INTO mapping_thousand VALUES " + thousand);
        for (Wire wire : Wire.values()) {
            FACTORIES.put(wire, wire.factory(database));
        }
    }

    /**
     * A consumer on another thread asks for one row at a time, so the connection reads past the demand: rows mapped
     * straight from the socket buffer and rows that waited in the queue interleave.
     */
    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void rowsKeepTheServersOrderWhenOneRowAtATimeIsRequestedFromAnotherThread(Wire wire) {
        List<String> misplaced = new ArrayList<>();
        long[] next = {0};

        withConnection(wire, connection -> select(connection, SCAN.replace("a.i < 100", "a.i < 20"))
            .concatMap(result -> result.map(row -> row.get("n", Long.class)))
            .publishOn(Schedulers.single(), 1)
            .doOnNext(n -> {
                if (n != next[0] && misplaced.size() < 5) {
                    misplaced.add("row " + next[0] + " holds " + n);
                }
                next[0]++;
            })
            .then())
            .block(TIMEOUT);

        assertThat(misplaced).isEmpty();
        assertThat(next[0]).isEqualTo(20_000);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aMappingFunctionThatThrowsFailsTheResultWithItsExceptionAndTheConnectionStaysUsable(Wire wire) {
        IllegalArgumentException thrown = new IllegalArgumentException("row 10 is not wanted");
        List<Long> mapped = new ArrayList<>();

        Long count = withConnection(wire, connection -> select(connection, SCAN)
            .concatMap(result -> result.map(row -> {
                long n = row.get("n", Long.class);
                if (n == 10) {
                    throw thrown;
                }
                return n;
            }))
            .doOnNext(mapped::add)
            .then(Mono.<Long>error(new AssertionError("the result did not fail")))
            .onErrorResume(error -> error == thrown, error -> countRows(connection)))
            .block(TIMEOUT);

        assertThat(mapped).containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> (long) i).toList());
        assertThat(count).isEqualTo(1000L);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aMappingFunctionThatReturnsNullFailsTheResultAndTheConnectionStaysUsable(Wire wire) {
        assertThatThrownBy(() -> withConnection(wire, connection -> select(connection, SCAN)
            .concatMap(result -> result.map(row -> row.get("n", Long.class) == 5 ? null : 1))
            .then())
            .block(TIMEOUT))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("returned null");

        Long count = withConnection(wire, connection -> select(connection, SCAN)
            .concatMap(result -> result.map(row -> row.get("n", Long.class) == 5 ? null : 1))
            .then(Mono.<Long>empty())
            .onErrorResume(IllegalStateException.class, error -> countRows(connection)))
            .block(TIMEOUT);

        assertThat(count).isEqualTo(1000L);
    }

    private static Mono<Long> countRows(Connection connection) {
        return select(connection, "SELECT COUNT(*) FROM mapping_thousand WHERE i >= ?")
            .concatMap(result -> result.map(row -> row.get(0, Long.class)))
            .single();
    }

    private static Flux<Result> select(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).bind(0, 0).execute());
    }

    private static <T> Mono<T> withConnection(Wire wire, Function<Connection, Mono<T>> work) {
        return Mono.usingWhen(FACTORIES.get(wire).create(), work, Connection::close);
    }
}
