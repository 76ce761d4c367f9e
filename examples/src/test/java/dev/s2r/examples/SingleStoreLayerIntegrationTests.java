/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.examples;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The docs' SingleStore-layer and pooling snippets run against a real server. */
@SingleStoreTest
final class SingleStoreLayerIntegrationTests {

    private static TestDatabase database;

    @BeforeAll
    static void createTable(TestDatabase testDatabase) {
        database = testDatabase;
        database.execute("CREATE TABLE people (id INT PRIMARY KEY, first_name VARCHAR(20), salary DECIMAL(10,2))",
            "INSERT INTO people VALUES (1, 'Ada', 120.50), (2, 'Bob', 90.00), (3, 'Cy', 300.00)");
    }

    @Test
    void eachShapeOfRowsRunsItsOwnStatement() {
        Connection connection = Mono.from(database.connectionFactory().create()).block(Duration.ofSeconds(30));
        try {
            List<List<?>> shapes = SingleStoreLayer.rows(connection);

            assertThat(List.<Object>copyOf(shapes.get(0))).extracting(row -> (Object) ((Map<?, ?>) row).get("first_name"))
                .containsExactly("Ada", "Cy");
            assertThat(List.<Object>copyOf(shapes.get(1))).containsExactly(
                new SingleStoreLayer.Person(1, "Ada", new BigDecimal("120.50")),
                new SingleStoreLayer.Person(3, "Cy", new BigDecimal("300.00")));
            assertThat(List.<Object>copyOf(shapes.get(2)))
                .extracting(bean -> ((SingleStoreLayer.PersonBean) bean).getFirstName()).containsExactly("Ada", "Cy");
        } finally {
            Mono.from(connection.close()).block(Duration.ofSeconds(30));
        }
    }

    @Test
    void aPooledConnectionUnwrapsToTheDriversAccessors() {
        ConnectionPool pool = new ConnectionPool(ConnectionPoolConfiguration.builder(database.connectionFactory())
            .maxSize(1).build());
        try {
            assertThat(SingleStoreLayer.tables(pool)).contains("people");
        } finally {
            pool.dispose();
        }
    }

    @Test
    void rowsStreamIntoLoadDataWithoutAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) {
        assertThat(SingleStoreLayer.load(database.connectionFactory(Map.of("allowLoadLocalInfileInPath",
            directory.toString())))).isEqualTo(2L);
        database.execute("DELETE FROM people WHERE id >= 10");
    }

    @Test
    void theResilientPoolCounts() {
        assertThat(SingleStoreLayer.resilientCount(database.connectionFactory())).isEqualTo(3L);
    }
}
