/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.test.CuttingProxy;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestUser;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection: a proxy between the driver and the server cuts the connection at a random byte of a mixed
 * workload (login, a 2,000-row stream, a prepared lookup, a batch insert), 200 times. Every run must end with its
 * result or a typed {@link R2dbcException} within a bounded time; the leak detector checks that no buffer is lost.
 */
@SingleStoreTest
final class ConnectionFaultIntegrationTests {

    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(30);
    private static TestDatabase database;

    @BeforeAll
    static void createTables(TestDatabase testDatabase) {
        database = testDatabase;
        String values = IntStream.range(0, 2000).mapToObj(i -> "(" + i + ", 'value number " + i + "')")
            .collect(Collectors.joining(","));
        database.execute("CREATE TABLE rows2000 (i INT PRIMARY KEY, s VARCHAR(40))",
            "INSERT INTO rows2000 VALUES " + values, "CREATE TABLE sink (i INT)");
    }

    @Test
    void everyRunEndsWithItsResultOrATypedErrorWhateverByteTheConnectionIsCutAt() throws Exception {
        Random random = new Random(20261125);
        int succeeded = 0;
        int failed = 0;
        try (CuttingProxy proxy = new CuttingProxy(database.host(), database.port())) {
            String url = "r2dbc:singlestore://" + TestUser.MAIN.name() + ":" + TestUser.MAIN.password()
                + "@127.0.0.1:" + proxy.port() + "/" + database.database() + "?sslMode=DISABLED";
            for (int run = 0; run < 200; run++) {
                proxy.cutAfter(run % 10 == 0 ? Long.MAX_VALUE : random.nextInt(80_000));
                ConnectionFactory factory = ConnectionFactories.get(url);
                try {
                    Long outcome = workload(factory).block(RUN_TIMEOUT);
                    assertThat(outcome).isEqualTo(1999L * 2000 / 2 + 7 + 3);
                    succeeded++;
                } catch (R2dbcException expected) {
                    failed++;
                }
            }
        }
        assertThat(succeeded).as("runs that completed").isGreaterThan(0);
        assertThat(failed).as("runs cut by the proxy").isGreaterThan(0);
    }

    private static Mono<Long> workload(ConnectionFactory factory) {
        return Mono.usingWhen(factory.create(), c -> {
            Mono<Long> stream = Flux.from(c.createStatement("SELECT i, s FROM rows2000").execute())
                .concatMap(r -> r.map((row, md) -> (long) row.get(0, Integer.class))).reduce(0L, Long::sum);
            Mono<Long> lookup = Flux.from(c.createStatement("SELECT i FROM rows2000 WHERE i = ?").bind(0, 7).execute())
                .concatMap(r -> r.map((row, md) -> (long) row.get(0, Integer.class))).single();
            Statement insert = c.createStatement("INSERT INTO sink VALUES (?)").bind(0, 1).add().bind(0, 2).add()
                .bind(0, 3);
            Mono<Long> batch = Flux.from(insert.execute()).concatMap(Result::getRowsUpdated).reduce(0L, Long::sum);
            return stream.zipWith(lookup, Long::sum).zipWith(batch, Long::sum);
        }, Connection::close, (c, e) -> Mono.from(c.close()).onErrorResume(x -> Mono.empty()),
            c -> Mono.from(c.close()).onErrorResume(x -> Mono.empty()));
    }
}
