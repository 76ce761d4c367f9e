/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples;

import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The s2r quickstart: connect through R2DBC discovery, create a table, insert rows with bound parameters and
 * stream them back.
 *
 * <p>It finds its server through s2r-test's {@link TestServers}, as the driver's integration tests do: the one
 * named by {@code SINGLESTOREDB_URL}
 * ({@code r2dbc:singlestore://user:password@host:port/database}, {@code singlestoredb://…} or
 * {@code user:password@host:port}), else a SingleStore dev container when Docker is available, else an embedded
 * MariaDB, which is stopped at the end. Its first line says which server it chose and why; Docker is probed without
 * Testcontainers' error log when no engine is configured. Run it with
 * <pre>{@code mvn -B -ntp -q -Pquickstart -DskipTests -pl examples -am verify}</pre>
 */
public final class Quickstart {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Quickstart() {
    }

    /**
     * Runs the quickstart.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        try (TestServer server = TestServers.start();
             TestDatabase database = server.createDatabase("quickstart")) {
            System.out.println("Using " + server.description());
            run(database.url());
        }
    }

    /**
     * Creates a table, inserts three animals and prints them.
     *
     * @param url an R2DBC URL, {@code r2dbc:singlestore://user:password@host:port/database}
     */
    static void run(String url) {
        ConnectionFactory factory = ConnectionFactories.get(url);

        record Animal(String name, int legs, LocalDate seen) {
        }
        List<Animal> animals = List.of(
            new Animal("antelope", 4, LocalDate.of(2026, 1, 15)),
            new Animal("bear", 4, LocalDate.of(2026, 2, 1)),
            new Animal("crow", 2, LocalDate.of(2026, 3, 20)));

        Flux<String> lines = Flux.usingWhen(factory.create(),
            connection -> execute(connection, "CREATE TABLE animals (name VARCHAR(50) NOT NULL PRIMARY KEY,"
                    + " legs INT NOT NULL, seen DATE)")
                .thenMany(Flux.fromIterable(animals).concatMap(animal -> {
                    Statement insert = connection.createStatement(
                            "INSERT INTO animals (name, legs, seen) VALUES (:name, :legs, :seen)")
                        .bind("name", animal.name())
                        .bind("legs", animal.legs())
                        .bind("seen", animal.seen());
                    return Flux.from(insert.execute()).concatMap(Result::getRowsUpdated);
                }))
                .thenMany(Flux.from(connection.createStatement(
                        "SELECT name, legs, seen FROM animals WHERE legs >= ? ORDER BY name")
                    .bind(0, 2)
                    .execute()))
                .concatMap(result -> result.map((row, metadata) -> String.format("%-10s %d legs, seen %s",
                    row.get("name", String.class), row.get("legs", Integer.class), row.get("seen", LocalDate.class)))),
            Connection::close);

        List<String> printed = lines.doOnNext(System.out::println).collectList().block(TIMEOUT);
        if (printed == null || printed.size() != animals.size()) {
            throw new IllegalStateException("Expected " + animals.size() + " animals but read " + printed);
        }
        System.out.println("Quickstart done: " + printed.size() + " rows streamed.");
    }

    private static Mono<Long> execute(Connection connection, String sql) {
        return Flux.from(connection.createStatement(sql).execute()).concatMap(Result::getRowsUpdated).reduce(0L, Long::sum);
    }
}
