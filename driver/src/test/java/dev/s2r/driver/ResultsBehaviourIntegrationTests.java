/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.test.DataApiDifferences;
import dev.s2r.driver.test.Wire;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How results reach the application, the same over every {@link Wire} (the text protocol, server-prepared statements
 * and the Data API): the result sets of a procedure as results in order (over the MySQL protocol followed by the
 * procedure's own status, {@link DataApiDifferences#answersProcedureStatus}); the server's errors as the R2DBC
 * exception of their code, before any row or after the rows that were streamed; and rows streamed on demand, a
 * cancelled result leaving the connection ready for the next statement.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
final class ResultsBehaviourIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** MariaDB raises 1242 at the row where the subquery first returns two rows: a.i = 500, after 500 rows. */
    private static final String LATE_ERROR = "SELECT a.i, (SELECT b.i FROM behaviour_thousand b "
        + "WHERE b.i < IF(a.i < 500, 1, 2)) FROM behaviour_thousand a WHERE a.i >= ? ORDER BY a.i";
    private static final String ALL_ROWS = "SELECT i FROM behaviour_thousand WHERE i >= ? ORDER BY i";
    private static final Map<Wire, ConnectionFactory> FACTORIES = new EnumMap<>(Wire.class);

    @BeforeAll
    static void createFixtures(TestDatabase database) {
        String thousand = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE behaviour_thousand (i INT PRIMARY KEY)",
            "INSERT INTO behaviour_thousand VALUES " + thousand,
            "CREATE TABLE behaviour_keys (id INT PRIMARY KEY)",
            "INSERT INTO behaviour_keys VALUES (1)",
            "CREATE PROCEDURE behaviour_two_sets() BEGIN "
                + "SELECT i FROM behaviour_thousand WHERE i < 3 ORDER BY i; SELECT 'x' AS letter; END");
        for (Wire wire : Wire.values()) {
            FACTORIES.put(wire, wire.factory(database));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aProcedureWithTwoSelectsAnswersTwoResultsInOrder(Wire wire) {
        List<List<String>> expected = new ArrayList<>(List.of(List.of("0", "1", "2"), List.of("x")));
        if (DataApiDifferences.answersProcedureStatus(wire)) {
            expected.add(List.of("updated 0"));
        }

        StepVerifier.create(with(wire, connection -> Flux.from(connection.createStatement("CALL behaviour_two_sets()")
                    .execute())
                .concatMap(result -> Flux.from(result.flatMap(ResultsBehaviourIntegrationTests::describe))
                    .collectList())))
            .expectNextSequence(expected)
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void eachResultOfAProcedureHasTheColumnsOfItsOwnSelect(Wire wire) {
        StepVerifier.create(with(wire, connection -> Flux.from(connection.createStatement("CALL behaviour_two_sets()")
                    .execute())
                .concatMap(result -> Flux.from(result.map((row, metadata) -> metadata.getColumnMetadata(0).getName()))
                    .take(1))))
            .expectNext("i", "letter")
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void anUnknownTableIsBadGrammarWithTheServersCode(Wire wire) {
        StepVerifier.create(with(wire, connection -> rows(connection, "SELECT * FROM behaviour_missing WHERE 1 = ?")))
            .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcBadGrammarException.class)
                .extracting(e -> ((R2dbcException) e).getErrorCode()).isEqualTo(1146));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aDuplicateKeyIsADataIntegrityViolationWithTheServersCode(Wire wire) {
        StepVerifier.create(with(wire, connection -> Flux.from(connection
                    .createStatement("INSERT INTO behaviour_keys VALUES (?)").bind(0, 1).execute())
                .concatMap(Result::getRowsUpdated)))
            .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcDataIntegrityViolationException.class)
                .extracting(e -> ((R2dbcException) e).getErrorCode()).isEqualTo(1062));
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void anErrorRaisedAfterRowsWereStreamedFollowsThoseRows(Wire wire) {
        List<Long> rows = new ArrayList<>();

        StepVerifier.create(with(wire, connection -> rows(connection, LATE_ERROR).doOnNext(rows::add)))
            .thenConsumeWhile(row -> true)
            .verifyErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcException.class)
                .extracting(e -> ((R2dbcException) e).getErrorCode()).isEqualTo(1242));
        assertThat(rows).containsExactlyElementsOf(LongStream.range(0, 500).boxed().toList());
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void theNextStatementOnTheConnectionRunsAfterALateError(Wire wire) {
        StepVerifier.create(with(wire, connection -> rows(connection, LATE_ERROR)
                .then(Mono.<Long>error(new AssertionError("the statement did not fail")))
                .onErrorResume(R2dbcException.class, error -> count(connection))))
            .expectNext(1000L)
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void takingFiveRowsCancelsTheResultAndTheNextStatementOnTheConnectionRuns(Wire wire) {
        StepVerifier.create(with(wire, connection -> rows(connection, ALL_ROWS).take(5).collectList()
                .flatMap(first -> count(connection).map(count -> first + " then " + count))))
            .expectNext("[0, 1, 2, 3, 4] then 1000")
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aSubscriberRequestingTenRowsGetsExactlyTenAndNoError(Wire wire) {
        StepVerifier.create(with(wire, connection -> rows(connection, ALL_ROWS)), 10)
            .expectNext(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L)
            .expectNoEvent(Duration.ofMillis(500))
            .thenCancel()
            .verify(TIMEOUT);
    }

    /** A row segment as the text of its first column, an update count as {@code updated <count>}. */
    private static Mono<String> describe(Result.Segment segment) {
        if (segment instanceof Result.RowSegment) {
            return Mono.just(String.valueOf(((Result.RowSegment) segment).row().get(0)));
        }
        if (segment instanceof Result.UpdateCount) {
            return Mono.just("updated " + ((Result.UpdateCount) segment).value());
        }
        return Mono.error(new AssertionError("unexpected segment " + segment));
    }

    /** The first column of each row of the statement, its only marker bound to 0, as longs. */
    private static Flux<Long> rows(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).bind(0, 0).execute())
            .concatMap(result -> result.map(row -> row.get(0, Long.class)));
    }

    private static Mono<Long> count(Connection connection) {
        return rows(connection, "SELECT COUNT(*) FROM behaviour_thousand WHERE i >= ?").single();
    }

    private static <T> Flux<T> with(Wire wire, Function<Connection, Publisher<T>> work) {
        return Flux.usingWhen(FACTORIES.get(wire).create(), work, Connection::close);
    }
}
