/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.internal.http.DataApiClient;
import dev.s2r.driver.test.dataapi.DataApiServer;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A million-row answer of the Data API read by a slow subscriber: the bytes the driver holds in decoded rows nobody
 * has consumed yet stay bounded, as over the MySQL protocol, because demand reaches the HTTP connection.
 */
@SingleStoreTest
final class DataApiMemoryIntegrationTests {

    @Test
    void aSlowSubscriberKeepsTheBytesTheDriverHoldsBounded(TestDatabase database) {
        String values = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE thousand (i INT PRIMARY KEY)", "INSERT INTO thousand VALUES " + values);
        try (DataApiServer server = DataApiServer.start(database)) {
            String url = "r2dbc:singlestore:http://" + URLEncoder.encode(server.user(), StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(server.password(), StandardCharsets.UTF_8) + "@127.0.0.1:" + server.port() + "/"
                + server.database();
            Connection connection = Mono.from(ConnectionFactories.get(url).create()).block(Duration.ofSeconds(30));
            DataApiClient client = ((DataApiConnection) connection).client();
            AtomicLong maxRetained = new AtomicLong();

            Long rows = Flux.from(connection.createStatement(
                    "SELECT REPEAT('x', 100) AS filler, a.i, b.i FROM thousand a, thousand b").execute())
                .flatMap(result -> result.map((row, metadata) -> row.get(1, Integer.class)))
                .limitRate(256)
                .publishOn(Schedulers.single(), 256)
                .doOnNext(value -> {
                    maxRetained.accumulateAndGet(client.retainedBytes(), Math::max);
                    if (value % 100 == 0) {
                        LockSupport.parkNanos(20_000);
                    }
                })
                .count()
                .block(Duration.ofMinutes(5));

            assertThat(rows).isEqualTo(1_000_000L);
            assertThat(maxRetained.get()).as("bytes held by unconsumed rows of a ~140 MB answer")
                .isPositive()
                .isLessThan(8L * 1024 * 1024);
            assertThat(client.retainedBytes()).isZero();
            Mono.from(connection.close()).block(Duration.ofSeconds(30));
        }
    }
}
