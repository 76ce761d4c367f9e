/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.api.SslMode;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestUser;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One Micrometer observation per statement, with low-cardinality tags and the SQL only when asked for.
 */
@SingleStoreTest
final class ObservationIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static TestDatabase database;

    @BeforeAll
    static void keep(TestDatabase testDatabase) {
        database = testDatabase;
    }

    private static ConnectionFactory factory(TestObservationRegistry registry, boolean includeSql) {
        return SingleStoreConnectionFactory.from(SingleStoreConnectionConfiguration.builder()
            .host(database.host()).port(database.port()).user(TestUser.MAIN.name()).password(TestUser.MAIN.password())
            .database(database.database()).sslMode(SslMode.DISABLED)
            .observationRegistry(registry).observationIncludeSql(includeSql).build());
    }

    private static void run(ConnectionFactory factory, String sql) {
        Flux.usingWhen(factory.create(),
                c -> Flux.from(c.createStatement(sql).execute()).concatMap(r -> r.map((row, md) -> row.get(0))),
                Connection::close)
            .blockLast(TIMEOUT);
    }

    @Test
    void aStatementBecomesOneObservationWithItsOperationAndOutcome() {
        TestObservationRegistry registry = TestObservationRegistry.create();

        run(factory(registry, false), "SELECT 42");

        assertThat(registry)
            .hasObservationWithNameEqualTo("s2r.query")
            .that()
            .hasBeenStarted()
            .hasBeenStopped()
            .hasLowCardinalityKeyValue("db.operation", "SELECT")
            .hasLowCardinalityKeyValue("outcome", "SUCCESS")
            .doesNotHaveHighCardinalityKeyValueWithKey("db.statement");
    }

    @Test
    void theSqlIsRecordedOnlyWhenEnabled() {
        TestObservationRegistry registry = TestObservationRegistry.create();

        run(factory(registry, true), "SELECT 7");

        assertThat(registry)
            .hasObservationWithNameEqualTo("s2r.query")
            .that()
            .hasHighCardinalityKeyValue("db.statement", "SELECT 7");
    }

    @Test
    void aServerErrorIsRecordedAsTheOutcome() {
        TestObservationRegistry registry = TestObservationRegistry.create();

        assertThatThrownBy(() -> run(factory(registry, false), "SELEKT 1")).isInstanceOf(io.r2dbc.spi.R2dbcException.class);

        assertThat(registry)
            .hasObservationWithNameEqualTo("s2r.query")
            .that()
            .hasLowCardinalityKeyValue("outcome", "ERROR")
            .hasLowCardinalityKeyValue("db.operation", "SELEKT");
    }

    @Test
    void withoutARegistryNothingIsObserved() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        Flux.usingWhen(database.connectionFactory().create(),
                c -> Flux.from(c.createStatement("SELECT 1").execute()).concatMap(r -> r.map((row, md) -> row.get(0))),
                Connection::close)
            .blockLast(TIMEOUT);

        assertThat(registry).doesNotHaveAnyObservation();
    }
}
