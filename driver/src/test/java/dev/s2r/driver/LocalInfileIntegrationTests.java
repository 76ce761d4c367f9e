/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code LOAD DATA LOCAL INFILE} against the real server: streamed from files under the allowed directory, refused
 * for anything else (without reading it), and off by default.
 */
@SingleStoreTest
final class LocalInfileIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static TestDatabase database;
    private static Path allowed;
    private static Path outside;
    private static ConnectionFactory factory;

    @BeforeAll
    static void setUp(TestDatabase testDatabase) throws Exception {
        database = testDatabase;
        allowed = Files.createTempDirectory("s2r-infile");
        outside = Files.createTempDirectory("s2r-outside");
        Files.writeString(allowed.resolve("rows.csv"), IntStream.range(0, 100_000)
            .mapToObj(i -> i + ",row " + i + " with some text to make the file larger than one packet")
            .collect(Collectors.joining("\n", "", "\n")));
        Files.writeString(outside.resolve("secret.csv"), "1,secret\n");
        Files.createSymbolicLink(allowed.resolve("escape.csv"), outside.resolve("secret.csv"));
        factory = database.connectionFactory(Map.of("allowLoadLocalInfileInPath", allowed.toString()));
    }

    @AfterAll
    static void cleanUp() throws Exception {
        for (Path dir : new Path[]{allowed, outside}) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String table() {
        String name = "loaded_" + System.nanoTime();
        database.execute("CREATE TABLE " + name + " (i INT, s VARCHAR(100))");
        return name;
    }

    private static long load(Connection c, String table, Path file) {
        return Flux.from(c.createStatement("LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE " + table
                + " FIELDS TERMINATED BY ','").execute())
            .concatMap(Result::getRowsUpdated).reduce(0L, Long::sum).block(TIMEOUT);
    }

    private static long count(Connection c, String table) {
        return Flux.from(c.createStatement("SELECT COUNT(*) FROM " + table).execute())
            .concatMap(r -> r.map((row, md) -> row.get(0, Long.class))).blockLast(TIMEOUT);
    }

    @Test
    void aFileUnderTheAllowedDirectoryIsStreamedToTheServer() {
        String table = table();
        Connection c = Mono.from(factory.create()).block(TIMEOUT);
        try {
            assertThat(load(c, table, allowed.resolve("rows.csv"))).isEqualTo(100_000L);
            assertThat(count(c, table)).isEqualTo(100_000L);
        } finally {
            Mono.from(c.close()).block(TIMEOUT);
        }
    }

    @Test
    void aFileOutsideTheAllowedDirectoryIsRefusedAndTheConnectionStaysUsable() {
        String table = table();
        Connection c = Mono.from(factory.create()).block(TIMEOUT);
        try {
            assertThatThrownBy(() -> load(c, table, outside.resolve("secret.csv")))
                .isInstanceOf(R2dbcPermissionDeniedException.class)
                .hasMessageContaining("outside allowLoadLocalInfileInPath");
            assertThat(count(c, table)).isZero();
        } finally {
            Mono.from(c.close()).block(TIMEOUT);
        }
    }

    @Test
    void aLinkThatLeavesTheAllowedDirectoryIsRefused() {
        String table = table();
        Connection c = Mono.from(factory.create()).block(TIMEOUT);
        try {
            assertThatThrownBy(() -> load(c, table, allowed.resolve("escape.csv")))
                .isInstanceOf(R2dbcPermissionDeniedException.class);
            assertThat(count(c, table)).isZero();
        } finally {
            Mono.from(c.close()).block(TIMEOUT);
        }
    }

    @Test
    void theFeatureIsOffByDefault() {
        String table = table();
        Connection c = Mono.from(database.connectionFactory().create()).block(TIMEOUT);
        try {
            assertThatThrownBy(() -> load(c, table, allowed.resolve("rows.csv"))).isInstanceOf(R2dbcException.class);
            assertThat(count(c, table)).isZero();
        } finally {
            Mono.from(c.close()).block(TIMEOUT);
        }
    }

    @Test
    void dataFromAPublisherIsStreamedUnderTheNameTheStatementUses() {
        String table = table();
        String big = IntStream.range(0, 5_000).mapToObj(i -> (1000 + i) + ",streamed row " + i)
            .collect(Collectors.joining("\n", "", "\n"));
        Connection c = Mono.from(factory.create()).block(TIMEOUT);
        try {
            ((dev.s2r.driver.api.SingleStoreConnection) c).localInfileSource("from-memory", Flux.just(
                java.nio.ByteBuffer.wrap("1,first\n2,second\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                java.nio.ByteBuffer.wrap(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))));

            assertThat(load(c, table, Path.of("from-memory"))).isEqualTo(5_002L);
            assertThat(count(c, table)).isEqualTo(5_002L);
        } finally {
            Mono.from(c.close()).block(TIMEOUT);
        }
    }

    @Test
    void aMissingFileFailsTheStatementAndTheConnectionStaysUsable() {
        String table = table();
        Connection c = Mono.from(factory.create()).block(TIMEOUT);
        try {
            assertThatThrownBy(() -> load(c, table, allowed.resolve("missing.csv")))
                .isInstanceOf(R2dbcException.class);
            assertThat(count(c, table)).isZero();
        } finally {
            Mono.from(c.close()).block(TIMEOUT);
        }
    }
}
