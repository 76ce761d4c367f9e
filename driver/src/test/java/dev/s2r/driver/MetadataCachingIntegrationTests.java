/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.client.Capabilities;
import dev.s2r.driver.test.Protocol;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.RowMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MariaDB's {@code MARIADB_CLIENT_CACHE_METADATA} against the embedded MariaDB 10.11: executions of a prepared
 * statement whose columns did not change come back without column definitions, and a change of the table brings
 * the new ones.
 */
@SingleStoreTest
final class MetadataCachingIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String LONG_NAME = "a_column_name_long_enough_to_make_its_definition_packet_big";
    private static ConnectionFactory factory;

    @BeforeAll
    static void setUp(TestDatabase database) {
        factory = database.connectionFactory();
        database.execute("CREATE TABLE cached (id INT PRIMARY KEY, " + LONG_NAME + "_1 INT, " + LONG_NAME
            + "_2 INT, " + LONG_NAME + "_3 INT)", "INSERT INTO cached VALUES (1, 10, 20, 30)");
    }

    @Test
    void theCapabilityIsNegotiatedWithMariaDb() {
        boolean negotiated = with(c -> Mono.just(((SingleStoreConnection) c).resources().context()
            .has(Capabilities.MARIADB_CACHE_METADATA)));

        assertThat(negotiated).isTrue();
    }

    @Test
    void repeatedExecutionsComeWithoutTheColumnDefinitions() {
        long bytesPerExecution = with(c -> bytesSent(c).flatMap(before -> Flux.range(0, 50)
                .concatMap(i -> select(c, "SELECT * FROM cached WHERE id = ?"))
                .then(bytesSent(c)).map(after -> (after - before) / 50)));

        // One definition of a column named LONG_NAME is over 150 bytes; a row and its end are about 40.
        assertThat(bytesPerExecution).isLessThan(120);
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void repeatedExecutionsShareOneRowMetadata(Protocol protocol, TestDatabase database) {
        List<RowMetadata> metadata = Mono.usingWhen(database.connectionFactory(protocol.options()).create(),
                c -> Flux.range(0, 3)
                    .concatMap(i -> Flux.from(c.createStatement("SELECT * FROM cached WHERE id = ?").bind(0, 1)
                        .execute()).concatMap(r -> r.map((row, md) -> md)))
                    .collectList(),
                Connection::close)
            .block(TIMEOUT);

        assertThat(metadata).hasSize(3);
        assertThat(metadata.get(1)).isSameAs(metadata.get(0));
        assertThat(metadata.get(2)).isSameAs(metadata.get(0));
    }

    @Test
    void aChangedTableBringsItsNewColumnsToTheNextExecution(TestDatabase database) {
        database.execute("CREATE TABLE altered (id INT PRIMARY KEY, a INT)", "INSERT INTO altered VALUES (1, 2)");

        List<List<Object>> results = with(c -> select(c, "SELECT * FROM altered WHERE id = ?")
            .concatWith(Mono.from(c.createStatement("ALTER TABLE altered ADD COLUMN b INT DEFAULT 3").execute())
                .flatMap(r -> Mono.from(r.getRowsUpdated())).then(Mono.empty()))
            .concatWith(select(c, "SELECT * FROM altered WHERE id = ?"))
            .concatWith(select(c, "SELECT * FROM altered WHERE id = ?"))
            .collectList());

        assertThat(results).containsExactly(List.of(1, 2), List.of(1, 2, 3), List.of(1, 2, 3));
    }

    @Test
    void resultColumnsThatFollowTheBoundTypeChangeWithIt() {
        List<Object> values = with(c -> Flux.just(1, "two", 3L, "four")
            .concatMap(value -> Flux.from(c.createStatement("SELECT ? AS v").bind(0, value).execute())
                .concatMap(r -> r.map((row, md) -> row.get(0))))
            .collectList());

        assertThat(values).containsExactly(1, "two", 3L, "four");
    }

    @Test
    void pipelinedExecutionsOfOneStatementKeepTheirColumns() {
        List<Object> values = with(c -> Flux.range(0, 40)
            .flatMapSequential(i -> Flux.from(c.createStatement("SELECT ? AS v").bind(0, i % 2 == 0 ? i : "s" + i)
                .execute()).concatMap(r -> r.map((row, md) -> row.get(0))), 8)
            .collectList());

        assertThat(values).hasSize(40);
        for (int i = 0; i < 40; i++) {
            assertThat(values.get(i)).isEqualTo(i % 2 == 0 ? (Object) i : "s" + i);
        }
    }

    private static Mono<List<Object>> select(Connection c, String sql) {
        return Flux.from(c.createStatement(sql).bind(0, 1).execute())
            .concatMap(r -> r.map((row, md) -> {
                List<Object> values = new java.util.ArrayList<>();
                for (int i = 0; i < md.getColumnMetadatas().size(); i++) {
                    values.add(row.get(i));
                }
                return values;
            }))
            .single();
    }

    private static Mono<Long> bytesSent(Connection c) {
        return Flux.from(c.createStatement("SHOW SESSION STATUS LIKE 'Bytes_sent'").execute())
            .concatMap(r -> r.map((row, md) -> Long.parseLong(row.get(1, String.class)))).single();
    }

    private static <T> T with(java.util.function.Function<Connection, Mono<T>> body) {
        return Mono.usingWhen(factory.create(), body, Connection::close).block(TIMEOUT);
    }
}
