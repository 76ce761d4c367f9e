/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import dev.s2r.driver.api.ServerFlavor;
import dev.s2r.driver.api.ShowRow;
import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.driver.test.Wire;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code SHOW} accessor against a server: the commands MariaDB shares with SingleStore. Those that need no session
 * run over every {@link Wire}, the Data API included (each {@code SHOW} is one request there); those about the
 * session (the previous statement's warnings and errors, this connection in the process list, this session's
 * status) and those that depend on the server's flavour (which the Data API always reports as SingleStore, while the
 * test server runs on MariaDB) run over the MySQL protocol only.
 */
@SingleStoreTest
@ExtendWith(Wire.Servers.class)
final class ShowAccessorIntegrationTests {

    private static final String ODD = "odd`name";
    private static final Map<Wire, ConnectionFactory> FACTORIES = new EnumMap<>(Wire.class);

    @BeforeAll
    static void createSchema(TestDatabase database) {
        database.execute(
            "CREATE TABLE people (id BIGINT PRIMARY KEY, first_name VARCHAR(40), KEY by_name (first_name))",
            "CREATE TABLE `odd``name` (id INT PRIMARY KEY)",
            "CREATE VIEW people_view AS SELECT id FROM people");
        for (Wire wire : Wire.values()) {
            FACTORIES.put(wire, wire.factory(database));
        }
    }

    private static <T> Flux<T> with(ConnectionFactory factory, Function<SingleStoreConnection, Publisher<T>> work) {
        return Flux.usingWhen(Mono.from(factory.create()).cast(SingleStoreConnection.class), work,
            Connection::close);
    }

    private static Mono<Void> run(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute()).concatMap(Result::getRowsUpdated).then();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void tablesListsTheTablesUnderName(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().tables()).map(ShowRow::name).collectList())
            .assertNext(names -> assertThat(names).contains("people", "people_view", ODD))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void tablesFiltersByDatabaseAndPattern(Wire wire, TestDatabase database) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().tables(database.database(), "people%", false))
                .map(ShowRow::name))
            .expectNext("people", "people_view")
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void aPatternWithAQuoteIsSentAsALiteral(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().tables(null, "it's%", false)))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void databasesIncludeTheTestDatabase(Wire wire, TestDatabase database) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().databases()).map(ShowRow::name).collectList())
            .assertNext(names -> assertThat(names).contains(database.database()))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void databasesFilterByPattern(Wire wire, TestDatabase database) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().databases(database.database(), false)))
            .assertNext(row -> assertThat(row.columns()).containsExactly("name"))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void schemasAreTheDatabases(Wire wire, TestDatabase database) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().schemas(database.database())).map(ShowRow::name))
            .expectNext(database.database())
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void columnsHaveNormalisedNamesWithTheFieldAsName(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().columns("people")))
            .assertNext(row -> {
                assertThat(row.columns()).containsExactly("name", "type", "null", "key", "default", "extra");
                assertThat(row.name()).isEqualTo("id");
                assertThat(row.getString("key")).isEqualTo("PRI");
            })
            .assertNext(row -> assertThat(row.name()).isEqualTo("first_name"))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void fullColumnsAddCollationPrivilegesAndComment(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().columns("people", true)).take(1))
            .assertNext(row -> assertThat(row.columns()).contains("collation", "privileges", "comment"))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void columnsFilterByDatabaseAndPattern(Wire wire, TestDatabase database) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().columns("people", database.database(), "first%", false))
                .map(ShowRow::name))
            .expectNext("first_name")
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void columnsOfATableWithABacktickInItsName(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().columns(ODD)).map(ShowRow::name))
            .expectNext("id")
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void indexesNameTheTableAndEachKey(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().indexes("people")))
            .assertNext(row -> {
                assertThat(row.name()).isEqualTo("people");
                assertThat(row.get("key_name")).isEqualTo("PRIMARY");
                assertThat(row.get("seq_in_index")).isEqualTo(1L);
            })
            .assertNext(row -> assertThat(row.get("key_name")).isEqualTo("by_name"))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void indexesOfATableWithABacktickInItsName(Wire wire, TestDatabase database) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().indexes(ODD, database.database())))
            .assertNext(row -> {
                assertThat(row.name()).isEqualTo(ODD);
                assertThat(row.getString("column_name")).isEqualTo("id");
            })
            .verifyComplete();
    }

    @Test
    void warningsAreThoseOfThePreviousStatement(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> Flux.from(c.createStatement("SELECT CAST('x' AS SIGNED)").execute())
                .concatMap(result -> result.map((row, metadata) -> row.get(0)))
                .thenMany(c.show().warnings())))
            .assertNext(row -> {
                assertThat(row.columns()).containsExactly("name", "code", "message");
                assertThat(row.name()).isEqualTo("Warning");
                assertThat(row.get("code")).isEqualTo(1292L);
            })
            .verifyComplete();
    }

    @Test
    void errorsAreThoseOfThePreviousStatement(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> run(c, "SELECT * FROM no_such_table").onErrorResume(e -> Mono.empty())
                .thenMany(c.show().errors())))
            .assertNext(row -> {
                assertThat(row.name()).isEqualTo("Error");
                assertThat(row.get("code")).isEqualTo(1146L);
            })
            .verifyComplete();
    }

    @Test
    void processlistIncludesThisConnection(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> c.show().processlist()
                .filter(row -> row.getLong("name") == c.getConnectionId())))
            .assertNext(row -> assertThat(row.getString("command")).isEqualTo("Query"))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void createTableReturnsTheDdl(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().createTable("people")))
            .assertNext(row -> {
                assertThat(row.columns()).containsExactly("name", "create_table");
                assertThat(row.name()).isEqualTo("people");
                assertThat(row.getString("create_table")).contains("`first_name` varchar(40)");
            })
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void createTableOfATableWithABacktickInItsName(Wire wire, TestDatabase database) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().createTable(ODD, database.database())))
            .assertNext(row -> assertThat(row.getString("create_table")).startsWith("CREATE TABLE `odd``name`"))
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void createViewReturnsTheDdl(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().createView("people_view")))
            .assertNext(row -> {
                assertThat(row.name()).isEqualTo("people_view");
                assertThat(row.getString("create_view")).contains("`people`");
            })
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void statusRowsAreNameAndValue(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().status("Uptime", false)))
            .assertNext(row -> {
                assertThat(row.columns()).containsExactly("name", "value");
                assertThat(row.name()).isEqualTo("Uptime");
                assertThat(row.getLong("value")).isNotNegative();
            })
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void globalStatusIsFilteredByPattern(Wire wire) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().globalStatus("Uptime")).map(ShowRow::name))
            .expectNext("Uptime")
            .verifyComplete();
    }

    @Test
    void sessionStatusCountsThisSessionsStatements(ConnectionFactory factory) {
        StepVerifier.create(with(factory, c -> c.show().sessionStatus("Com\\_show\\_status")))
            .assertNext(row -> assertThat(row.getLong("value")).isPositive())
            .verifyComplete();
    }

    @ParameterizedTest
    @MethodSource("dev.s2r.driver.test.Wire#selected")
    void tableStatusDescribesEachTable(Wire wire, TestDatabase database) {
        ConnectionFactory factory = FACTORIES.get(wire);
        StepVerifier.create(with(factory, c -> c.show().tableStatus(database.database(), "people")))
            .assertNext(row -> {
                assertThat(row.name()).isEqualTo("people");
                assertThat(row.columns()).contains("engine", "row_format", "create_time");
            })
            .verifyComplete();
    }

    @Test
    void functionsAndProceduresListRoutinesOnSingleStoreAndFailWithTheServersErrorElsewhere(ConnectionFactory factory) {
        if (flavor(factory) == ServerFlavor.SINGLESTORE) {
            StepVerifier.create(with(factory, c -> c.show().functions().concatWith(c.show().procedures())))
                .thenConsumeWhile(row -> true)
                .verifyComplete();
            return;
        }
        StepVerifier.create(with(factory, c -> c.show().functions()))
            .verifyError(R2dbcBadGrammarException.class);
        StepVerifier.create(with(factory, c -> c.show().procedures()))
            .verifyError(R2dbcBadGrammarException.class);
    }

    @Test
    void singleStoreOnlyCommandsFailWithTheServersErrorElsewhere(ConnectionFactory factory) {
        assumeTrue(flavor(factory) != ServerFlavor.SINGLESTORE, "other servers lack SHOW PIPELINES");

        StepVerifier.create(with(factory, c -> c.show().pipelines()))
            .verifyErrorSatisfies(e -> assertThat(e).isInstanceOf(R2dbcBadGrammarException.class)
                .hasMessageContaining("PIPELINES"));
    }

    private static ServerFlavor flavor(ConnectionFactory factory) {
        return with(factory, c -> Mono.just(c.getServerFlavor())).blockLast(Duration.ofSeconds(30));
    }
}
