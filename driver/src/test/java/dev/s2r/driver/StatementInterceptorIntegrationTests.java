/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.api.ClientResult;
import dev.s2r.driver.api.ClientResult.ColumnType;
import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.driver.api.SingleStoreResult;
import dev.s2r.driver.api.StatementInterceptor;
import dev.s2r.driver.test.Wire;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.Result;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements answered on the client by a {@link StatementInterceptor} (the hook of Fusion SQL), on a real server and
 * over every {@link Wire} (the text protocol, server-prepared statements and the Data API): a statement the server
 * would reject as a syntax error ({@code SHOW GREETINGS}) succeeds only if it never reaches it, and everything else
 * still goes to the server.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
final class StatementInterceptorIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final LocalDateTime AT = LocalDateTime.of(2026, 11, 26, 5, 6, 7, 123_456_789);
    private static final byte[] RAW = {0, 1, (byte) 0xFE, (byte) 0xFF};

    private static TestDatabase database;

    @BeforeAll
    static void keep(TestDatabase testDatabase) {
        database = testDatabase;
    }

    /** Answers {@code SHOW GREETINGS …} with rows of every column type, and records the SQL it was given. */
    private static final class Greetings implements StatementInterceptor {

        final List<String> executed = Collections.synchronizedList(new ArrayList<>());

        @Override
        public boolean handles(String sql) {
            return sql.strip().toUpperCase(Locale.ROOT).startsWith("SHOW GREETINGS");
        }

        @Override
        public Publisher<ClientResult> execute(String sql, SingleStoreConnection connection) {
            this.executed.add(sql);
            return Mono.just(ClientResult.builder()
                .column("name", ColumnType.TEXT)
                .column("n", ColumnType.BIGINT)
                .column("score", ColumnType.DOUBLE)
                .column("ok", ColumnType.BOOLEAN)
                .column("day", ColumnType.DATE)
                .column("at", ColumnType.DATETIME)
                .column("doc", ColumnType.JSON)
                .column("raw", ColumnType.BINARY)
                .row("héllo", Long.MIN_VALUE, 0.1, true, LocalDate.of(999, 1, 2), AT, "{\"a\": [1, 2]}", RAW)
                .row(null, null, null, null, null, null, null, null)
                .build());
        }
    }

    private static ConnectionFactory factory(Wire wire, Object interceptors) {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(wire.url(database, Map.of())).mutate()
            .option(Option.valueOf("statementInterceptors"), interceptors)
            .build();
        return ConnectionFactories.get(options);
    }

    private static <T> T withConnection(ConnectionFactory factory, Function<Connection, Publisher<T>> work) {
        return Mono.usingWhen(factory.create(), connection -> Mono.from(work.apply(connection)), Connection::close)
            .block(TIMEOUT);
    }

    private static Mono<Long> selectOne(Connection connection) {
        return Flux.from(connection.createStatement("SELECT 1").execute())
            .concatMap(result -> result.map(row -> row.get(0, Long.class)))
            .single();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aHandledStatementIsAnsweredOnTheClientAndItsValuesAreDecodedByTheCodecs(Wire wire) {
        Greetings greetings = new Greetings();

        List<List<Object>> rows = withConnection(factory(wire, greetings), connection ->
            Flux.from(connection.createStatement("SHOW GREETINGS").execute())
                .concatMap(result -> result.map(row -> java.util.Arrays.asList(row.get("name", String.class),
                    row.get("n", Long.class), row.get("score", Double.class), row.get("ok", Boolean.class),
                    row.get("day", LocalDate.class), row.get("at", LocalDateTime.class),
                    row.get("doc", String.class), (Object) row.get("raw", byte[].class))))
                .collectList());

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("héllo", Long.MIN_VALUE, 0.1, true, LocalDate.of(999, 1, 2),
            AT.withNano(123_456_000), "{\"a\": [1, 2]}", RAW);
        assertThat(rows.get(1)).containsOnlyNulls();
        assertThat(greetings.executed).containsExactly("SHOW GREETINGS");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void theColumnMetadataOfAClientResultNamesTheColumnsAndTheirTypes(Wire wire) {
        List<String> columns = withConnection(factory(wire, new Greetings()), connection ->
            Flux.from(connection.createStatement("show greetings").execute())
                .concatMap(result -> result.map((row, metadata) -> metadata.getColumnMetadatas().stream()
                    .map(column -> column.getName() + ":" + column.getType().getName()).toList()))
                .next());

        assertThat(columns).containsExactly("name:VARCHAR", "n:BIGINT", "score:DOUBLE", "ok:BOOLEAN", "day:DATE",
            "at:DATETIME", "doc:JSON", "raw:BLOB");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aStatementNoInterceptorHandlesGoesToTheServer(Wire wire) {
        Greetings greetings = new Greetings();

        Long one = withConnection(factory(wire, greetings), StatementInterceptorIntegrationTests::selectOne);

        assertThat(one).isEqualTo(1L);
        assertThat(greetings.executed).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void boundValuesReachTheInterceptorAsEscapedLiteralsOncePerBinding(Wire wire) {
        Greetings greetings = new Greetings();

        List<Long> rowsPerResult = withConnection(factory(wire, greetings), connection ->
            Flux.from(connection.createStatement("SHOW GREETINGS LIKE ? LIMIT ?")
                    .bind(0, "it's").bind(1, 3).add()
                    .bind(0, "x").bind(1, 4)
                    .execute())
                .concatMap(result -> Flux.from(result.map(row -> 1)).count())
                .collectList());

        assertThat(rowsPerResult).containsExactly(2L, 2L);
        assertThat(greetings.executed).containsExactly("SHOW GREETINGS LIKE 'it\\'s' LIMIT 3",
            "SHOW GREETINGS LIKE 'x' LIMIT 4");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aFailingInterceptorFailsTheStatementWithAnR2dbcExceptionAndTheConnectionStaysUsable(Wire wire) {
        StatementInterceptor failing = interceptor("SHOW BROKEN", sql -> {
            throw new IllegalStateException("no workspace named 'w'");
        });

        Long one = withConnection(factory(wire, failing), connection ->
            Flux.from(connection.createStatement("SHOW BROKEN").execute())
                .concatMap(Result::getRowsUpdated)
                .then(Mono.<Long>error(new AssertionError("the statement did not fail")))
                .onErrorResume(R2dbcNonTransientResourceException.class, error -> {
                    assertThat(error).hasMessage("Statement answered on the client failed: no workspace named 'w'")
                        .hasCauseInstanceOf(IllegalStateException.class);
                    assertThat(error.getSql()).isEqualTo("SHOW BROKEN");
                    return selectOne(connection);
                }));

        assertThat(one).isEqualTo(1L);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void anInterceptorThatFailsToDecideFailsTheStatementInsteadOfThrowingFromExecute(Wire wire) {
        StatementInterceptor undecided = new StatementInterceptor() {
            @Override
            public boolean handles(String sql) {
                throw new IllegalStateException("grammar not loaded");
            }

            @Override
            public Publisher<ClientResult> execute(String sql, SingleStoreConnection connection) {
                throw new AssertionError("not handled");
            }
        };

        Throwable error = withConnection(factory(wire, undecided), connection ->
            Flux.from(connection.createStatement("SELECT 1").execute())
                .then(Mono.<Throwable>empty())
                .onErrorResume(Mono::just));

        assertThat(error).isInstanceOf(R2dbcNonTransientResourceException.class)
            .hasMessage("Statement answered on the client failed: grammar not loaded");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void anR2dbcExceptionPublishedByAnInterceptorIsPassedOnAsItIs(Wire wire) {
        R2dbcBadGrammarException published = new R2dbcBadGrammarException("Expected a workspace name");
        StatementInterceptor failing = interceptor("SHOW BROKEN", sql -> Mono.error(published));

        Throwable error = withConnection(factory(wire, failing), connection ->
            Flux.from(connection.createStatement("SHOW BROKEN").execute())
                .then(Mono.<Throwable>empty())
                .onErrorResume(Mono::just));

        assertThat(error).isSameAs(published);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aHandledStatementOnAClosedConnectionFailsWithoutRunning(Wire wire) {
        Greetings greetings = new Greetings();

        Throwable error = Mono.from(factory(wire, greetings).create())
            .flatMap(connection -> Mono.from(connection.close()).then(Mono.just(connection)))
            .flatMap(connection -> Flux.from(connection.createStatement("SHOW GREETINGS").execute())
                .then(Mono.<Throwable>empty())
                .onErrorResume(Mono::just))
            .block(TIMEOUT);

        assertThat(error).isInstanceOf(R2dbcNonTransientResourceException.class)
            .hasMessageContaining("Connection is closed");
        assertThat(greetings.executed).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void anUpdateCountResultGivesRowsUpdated(Wire wire) {
        StatementInterceptor dropping = interceptor("DROP GREETINGS", sql -> Mono.just(ClientResult.updateCount(3)));

        Long updated = withConnection(factory(wire, dropping), connection ->
            Flux.from(connection.createStatement("DROP GREETINGS").execute())
                .concatMap(Result::getRowsUpdated)
                .single());

        assertThat(updated).isEqualTo(3L);
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void theFirstInterceptorThatHandlesAStatementRunsIt(Wire wire) {
        StatementInterceptor first = interceptor("SHOW GREETINGS", sql -> Mono.just(ClientResult.updateCount(1)));
        Greetings second = new Greetings();

        Long updated = withConnection(factory(wire, List.of(first, second)), connection ->
            Flux.from(connection.createStatement("SHOW GREETINGS").execute())
                .concatMap(Result::getRowsUpdated)
                .single());

        assertThat(updated).isEqualTo(1L);
        assertThat(second.executed).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aBatchRunsHandledStatementsOnTheClientAndTheOthersOnTheServerInOrder(Wire wire) {
        List<String> firstColumns = withConnection(factory(wire, new Greetings()), connection ->
            Flux.from(connection.createBatch().add("SELECT 1 AS first").add("SHOW GREETINGS")
                    .add("SELECT 2 AS third").execute())
                .concatMap(result -> Flux.from(result.map((row, metadata) -> metadata.getColumnMetadata(0).getName()
                    + "=" + row.get(0))).take(1))
                .collectList());

        assertThat(firstColumns).containsExactly("first=1", "name=héllo", "third=2");
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aClientResultCanBeReadAsArrowBatches(Wire wire) {
        try (RootAllocator allocator = new RootAllocator()) {
            List<String> read = withConnection(factory(wire, new Greetings()), connection ->
                Flux.from(connection.createStatement("SHOW GREETINGS").execute())
                    .concatMap(result -> ((SingleStoreResult) result).toArrow(allocator, 10))
                    .map(root -> {
                        try (root) {
                            VarCharVector names = (VarCharVector) root.getVector("name");
                            BigIntVector numbers = (BigIntVector) root.getVector("n");
                            return root.getRowCount() + " rows: " + new String(names.get(0), StandardCharsets.UTF_8)
                                + " " + numbers.get(0) + " " + names.isNull(1) + " " + numbers.isNull(1);
                        }
                    })
                    .collectList());

            assertThat(read).containsExactly("2 rows: héllo " + Long.MIN_VALUE + " true true");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void interceptorsRegisteredWithTheServiceLoaderAreUsedOnlyWhenFusionIsEnabled(Wire wire) {
        ConnectionFactory off = wire.factory(database);
        ConnectionFactory on = wire.factory(database, Map.of("fusionEnabled", "true"));

        Throwable refused = withConnection(off, connection ->
            Flux.from(connection.createStatement("SHOW SERVICE LOADED").execute())
                .concatMap(Result::getRowsUpdated)
                .then(Mono.<Throwable>empty())
                .onErrorResume(error -> Mono.just(error)));
        String found = withConnection(on, connection ->
            Flux.from(connection.createStatement("SHOW SERVICE LOADED").execute())
                .concatMap(result -> result.map(row -> row.get("Found", String.class)))
                .single());

        assertThat(refused).isInstanceOf(R2dbcException.class);
        assertThat(((R2dbcException) refused).getErrorCode()).isEqualTo(1064);
        assertThat(found).isEqualTo("yes");
    }

    private static StatementInterceptor interceptor(String prefix,
                                                    Function<String, Publisher<ClientResult>> execute) {
        return new StatementInterceptor() {
            @Override
            public boolean handles(String sql) {
                return sql.startsWith(prefix);
            }

            @Override
            public Publisher<ClientResult> execute(String sql, SingleStoreConnection connection) {
                return execute.apply(sql);
            }
        };
    }
}
