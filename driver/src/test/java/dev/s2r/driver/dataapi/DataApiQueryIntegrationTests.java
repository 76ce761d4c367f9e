/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.dataapi;

import dev.s2r.driver.test.dataapi.DataApiServer;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements over the Data API transport ({@code r2dbc:singlestore:http://}): rows, bound values, update counts,
 * generated keys and several bindings, against the test Data API server backed by the embedded database.
 */
@SingleStoreTest
final class DataApiQueryIntegrationTests {

    private static DataApiServer server;
    private static ConnectionFactory factory;

    @BeforeAll
    static void start(TestDatabase database) {
        database.execute("CREATE TABLE animals (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) NOT NULL, "
                + "legs INT)",
            "INSERT INTO animals (name, legs) VALUES ('ant', 6), ('bird', 2), ('snake', 0)",
            "CREATE TABLE kept (id INT AUTO_INCREMENT PRIMARY KEY, big BIGINT, amount DECIMAL(30,10), "
                + "data VARBINARY(64), at DATETIME(6), day DATE, flag BOOLEAN, note TEXT)");
        server = DataApiServer.start(database);
        factory = DataApiUrls.factory(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static <T> Flux<T> run(Function<Connection, org.reactivestreams.Publisher<T>> work) {
        return Flux.usingWhen(factory.create(), work, Connection::close);
    }

    private static Flux<Object> single(String sql, Object... values) {
        return run(connection -> {
            Statement statement = connection.createStatement(sql);
            for (int i = 0; i < values.length; i++) {
                statement.bind(i, values[i]);
            }
            return Flux.from(statement.execute()).flatMap(result -> result.map(row -> row.get(0)));
        });
    }

    @Test
    void aQueryStreamsItsRowsAsTypedValues() {
        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("SELECT name, legs FROM animals ORDER BY id").execute())
                .flatMap(result -> result.map(row -> row.get("name", String.class) + "=" + row.get("legs",
                    Integer.class)))))
            .expectNext("ant=6", "bird=2", "snake=0")
            .verifyComplete();
    }

    @Test
    void columnMetadataComesFromTheAnswersColumns() {
        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("SELECT name, legs FROM animals WHERE id = 1").execute())
                .flatMap(result -> result.map((row, metadata) -> metadata.getColumnMetadata(0).getName() + ":"
                    + metadata.getColumnMetadata(0).getJavaType().getSimpleName() + ","
                    + metadata.getColumnMetadata(1).getName() + ":"
                    + metadata.getColumnMetadata(1).getJavaType().getSimpleName()))))
            .expectNext("name:String,legs:Integer")
            .verifyComplete();
    }

    @Test
    void namedMarkersAreBoundByNameOrIndex() {
        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("SELECT name FROM animals WHERE legs > :legs AND name <> :name ORDER BY id")
                    .bind("legs", 1).bind(1, "ant").execute())
                .flatMap(result -> result.map(row -> row.get(0, String.class)))))
            .expectNext("bird")
            .verifyComplete();
    }

    @Test
    void aBoundNullIsSqlNull() {
        StepVerifier.create(run(connection -> Flux.from(connection.createStatement("SELECT ? IS NULL")
                    .bindNull(0, String.class).execute())
                .flatMap(result -> result.map(row -> row.get(0, Boolean.class)))))
            .expectNext(true)
            .verifyComplete();
    }

    @Test
    void integersBeyondTwoToTheFiftyThirdKeepEveryDigit() {
        long big = (1L << 53) + 1;

        StepVerifier.create(single("SELECT CAST(? AS SIGNED)", big))
            .assertNext(value -> assertThat(((Number) value).longValue()).isEqualTo(big))
            .verifyComplete();
    }

    @Test
    void bytesRoundTripExactlyAndAreNotStoredAsTheirBase64Text() {
        byte[] bytes = {0, 1, 2, (byte) 0xFF, 'x', '\'', '\\'};

        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("INSERT INTO kept (data) VALUES (?)").bind(0, bytes).returnGeneratedValues("id")
                    .execute())
                .flatMap(result -> result.map(row -> row.get(0, Long.class)))
                .flatMap(id -> Flux.from(connection.createStatement("SELECT data, LENGTH(data) FROM kept WHERE id = ?")
                        .bind(0, id).execute())
                    .flatMap(result -> result.map(row -> List.of(row.get(0, byte[].class), row.get(1,
                        Long.class)))))))
            .assertNext(row -> {
                assertThat((byte[]) row.get(0)).containsExactly(bytes);
                assertThat(row.get(1)).isEqualTo((long) bytes.length);
            })
            .verifyComplete();
    }

    @Test
    void aByteBufferIsBoundFromItsPosition() {
        ByteBuffer buffer = ByteBuffer.wrap(new byte[] {9, 8, 7, 6});
        buffer.position(2);

        StepVerifier.create(single("SELECT HEX(?)", buffer))
            .expectNext("0706")
            .verifyComplete();
    }

    @Test
    void decimalsDatesAndBooleansRoundTrip() {
        BigDecimal amount = new BigDecimal("12345678901234567890.0123456789");
        LocalDateTime at = LocalDateTime.of(2026, 12, 6, 13, 14, 15, 123456000);
        LocalDate day = LocalDate.of(1999, 12, 31);

        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("INSERT INTO kept (amount, at, day, flag, big) VALUES (?, ?, ?, ?, ?)")
                    .bind(0, amount).bind(1, at).bind(2, day).bind(3, true).bind(4, BigInteger.TEN.pow(18))
                    .returnGeneratedValues().execute())
                .flatMap(result -> result.map(row -> row.get(0, Long.class)))
                .flatMap(id -> Flux.from(connection.createStatement(
                        "SELECT amount, at, day, flag, big FROM kept WHERE id = ?").bind(0, id).execute())
                    .flatMap(result -> result.map(row -> List.of(row.get(0, BigDecimal.class),
                        row.get(1, LocalDateTime.class), row.get(2, LocalDate.class), row.get(3, Boolean.class),
                        row.get(4, BigInteger.class)))))))
            .expectNext(List.of(amount, at, day, true, BigInteger.TEN.pow(18)))
            .verifyComplete();
    }

    @Test
    void anUpdateAnswersItsCount() {
        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("UPDATE animals SET legs = legs WHERE legs >= ?").bind(0, 2).execute())
                .flatMap(Result::getRowsUpdated)))
            .expectNext(2L)
            .verifyComplete();
    }

    @Test
    void generatedKeysComeFromTheLastInsertIdOneForEachRow() {
        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("INSERT INTO kept (note) VALUES ('first'), ('second')")
                    .returnGeneratedValues("id").execute())
                .flatMap(result -> result.map(row -> row.get("id", Long.class)))
                .collectList()
                .flatMapMany(ids -> Flux.from(connection.createStatement("SELECT id, note FROM kept WHERE id IN (?, ?) "
                        + "ORDER BY id").bind(0, ids.get(0)).bind(1, ids.get(1)).execute())
                    .flatMap(result -> result.map(row -> ids.indexOf(row.get(0, Long.class)) + ":"
                        + row.get(1, String.class))))))
            .expectNext("0:first", "1:second")
            .verifyComplete();
    }

    @Test
    void eachBindingOfAStatementIsOneResultInOrder() {
        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("SELECT name FROM animals WHERE legs = ?")
                    .bind(0, 0).add().bind(0, 6).add().bind(0, 2).add().bind(0, 99).execute())
                .concatMap(result -> Flux.from(result.map(row -> row.get(0, String.class)))
                    .collectList())))
            .expectNext(List.of("snake"), List.of("ant"), List.of("bird"), List.of())
            .verifyComplete();
    }

    @Test
    void aBatchRunsItsStatementsInOrder() {
        StepVerifier.create(run(connection -> Flux.from(connection.createBatch()
                    .add("INSERT INTO kept (note) VALUES ('batch')")
                    .add("SELECT COUNT(*) FROM kept WHERE note = 'batch'")
                    .execute())
                .concatMap(result -> Flux.from(result.flatMap(segment -> Mono.just(segment.getClass()
                    .getSimpleName()))))))
            .expectNextMatches(segment -> segment.contains("Count"))
            .expectNextMatches(segment -> segment.contains("Row"))
            .verifyComplete();
    }

    @Test
    void aBatchRunsItsStatementsOneAfterAnother(TestDatabase database) {
        database.execute("CREATE TABLE sequence_log (v INT)");

        StepVerifier.create(run(connection -> Flux.from(connection.createBatch()
                    .add("INSERT INTO sequence_log SELECT 1 FROM DUAL WHERE SLEEP(0.3) = 0")
                    .add("SELECT COUNT(*) FROM sequence_log")
                    .execute())
                .index()
                .concatMap(indexed -> indexed.getT1() == 0 ? indexed.getT2().getRowsUpdated()
                    : indexed.getT2().map(row -> row.get(0, Long.class)))))
            .expectNext(1L, 1L)
            .verifyComplete();
    }

    @Test
    void eachBindingRunsAfterThePreviousOneAnswered(TestDatabase database) {
        database.execute("CREATE TABLE binding_log (id INT AUTO_INCREMENT PRIMARY KEY, v INT)");

        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("INSERT INTO binding_log (v) SELECT ? FROM DUAL WHERE SLEEP(?) = 0")
                    .bind(0, 1).bind(1, 0.3).add().bind(0, 2).bind(1, 0).add().bind(0, 3).bind(1, 0).execute())
                .flatMap(Result::getRowsUpdated)
                .thenMany(connection.createStatement("SELECT v FROM binding_log ORDER BY id").execute())
                .flatMap(result -> result.map(row -> row.get(0, Integer.class)))))
            .expectNext(1, 2, 3)
            .verifyComplete();
    }

    @Test
    void aBoundIntegerStaysAnIntegerEvenWhereAFloatWouldBreakTheStatement() {
        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("SELECT ?, ? FROM animals ORDER BY id LIMIT ?")
                    .bind(0, 1_234_567).bind(1, -9_007_199_254_740_993L).bind(2, 1_000_000).execute())
                .flatMap(result -> result.map(row -> row.get(0) + " " + row.get(1)))
                .take(1)))
            .expectNext("1234567 -9007199254740993")
            .verifyComplete();
    }

    @Test
    void aProcedureAnswersEachOfItsResultSets(TestDatabase database) {
        database.execute("CREATE PROCEDURE two_sets() BEGIN SELECT 1 AS one; SELECT 'x' AS letter; END");

        StepVerifier.create(run(connection -> Flux.from(connection.createStatement("CALL two_sets()").execute())
                .concatMap(result -> Flux.from(result.map(row -> String.valueOf(row.get(0)))).collectList())))
            .expectNext(List.of("1"), List.of("x"))
            .verifyComplete();
    }

    @Test
    void explainReturnsItsRowsWhereThePythonClientLosesThem() {
        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("EXPLAIN SELECT * FROM animals").execute())
                .flatMap(result -> result.map(row -> 1)).count()))
            .assertNext(count -> assertThat(count).isPositive())
            .verifyComplete();
    }

    @Test
    void aParenthesisedSelectReturnsItsRows() {
        StepVerifier.create(single("(SELECT name FROM animals WHERE id = 2)"))
            .expectNext("bird")
            .verifyComplete();
    }

    @Test
    void useChangesTheDatabaseOfLaterStatements(TestDatabase database) {
        database.execute("CREATE DATABASE IF NOT EXISTS other_db",
            "CREATE TABLE IF NOT EXISTS other_db.marker (v VARCHAR(10))",
            "DELETE FROM other_db.marker", "INSERT INTO other_db.marker VALUES ('other')");

        StepVerifier.create(run(connection -> Flux.from(connection.createStatement("USE other_db").execute())
                .flatMap(Result::getRowsUpdated)
                .thenMany(connection.createStatement("SELECT v FROM marker").execute())
                .flatMap(result -> result.map(row -> row.get(0, String.class)))))
            .expectNext("other")
            .verifyComplete();
    }

    @Test
    void aSlowSubscriberStillGetsEveryRow() {
        StepVerifier.create(run(connection -> Flux.from(connection
                    .createStatement("SELECT seq FROM seq_1_to_3000").execute())
                .flatMap(result -> result.map(row -> row.get(0, Long.class)))), 0)
            .thenRequest(1)
            .expectNext(1L)
            .thenAwait(Duration.ofMillis(50))
            .thenRequest(Long.MAX_VALUE)
            .expectNextCount(2999)
            .verifyComplete();
    }
}
