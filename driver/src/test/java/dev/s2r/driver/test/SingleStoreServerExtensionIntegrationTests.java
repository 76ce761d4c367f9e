/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * s2r-test's {@link SingleStoreTest} extension hands every test of a class the same fresh database on the JVM's
 * shared server.
 *
 * <p>This self-test of s2r-test runs here rather than in s2r-test because the extension reaches the server through
 * an R2DBC driver found at run time, and s2r-test does not depend on the driver.
 */
@SingleStoreTest
class SingleStoreServerExtensionIntegrationTests {

    private static TestDatabase databaseBeforeAll;

    @BeforeAll
    static void rememberDatabase(TestDatabase database) {
        databaseBeforeAll = database;
    }

    @Test
    void databaseIsNamedAfterTheTestClass(TestDatabase database) {
        assertThat(database.database()).startsWith("s2r_singlestoreserverextensionintegrationtests_");
    }

    @Test
    void sameDatabaseIsResolvedForLifecycleMethodsAndTests(TestDatabase database) {
        assertThat(database).isSameAs(databaseBeforeAll);
    }

    @Test
    void serverParameterIsTheSharedServer(TestServer server, TestDatabase database) {
        assertThat(server).isSameAs(TestServers.shared()).isSameAs(database.server());
    }

    @Test
    void connectionFactoryParameterConnectsToTheClassDatabase(ConnectionFactory factory, TestDatabase database) {
        assertThat(currentDatabase(factory)).isEqualTo(database.database());
    }

    @Test
    void databaseExistsOnTheServer(TestServer server, TestDatabase database) {
        Object found = server.queryFirst("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '"
            + database.database() + "'");

        assertThat(found).isEqualTo(database.database());
    }

    @Test
    void closingADatabaseDropsIt(TestServer server) {
        TestDatabase scratch = server.createDatabase("scratch");

        scratch.close();

        assertThat(server.queryFirst("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '"
            + scratch.database() + "'")).isEqualTo(0L);
    }

    @Nested
    class NestedTests {

        @Test
        void nestedClassSharesTheEnclosingClassDatabase(TestDatabase database) {
            assertThat(database).isSameAs(databaseBeforeAll);
        }
    }

    private static String currentDatabase(ConnectionFactory factory) {
        return Flux.usingWhen(factory.create(),
                connection -> Flux.from(connection.createStatement("SELECT DATABASE()").execute())
                    .concatMap(result -> result.map((row, metadata) -> row.get(0, String.class))),
                Connection::close)
            .single()
            .block(Duration.ofSeconds(30));
    }
}
