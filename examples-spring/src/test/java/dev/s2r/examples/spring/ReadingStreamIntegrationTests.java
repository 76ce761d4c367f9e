/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples.spring;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /readings} streams a million generated rows as NDJSON with backpressure from the client down to the
 * database: a slow reader holds the query where it is, and a reader that goes away stops it. The application has a
 * pool of one connection, so a request after a cancelled stream gets the database only once the stream's connection
 * is back in the pool.
 */
@SingleStoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingStreamIntegrationTests {

    /** A pause between two lines of the slow reader; long enough for an unthrottled server to send far more. */
    private static final Duration PAUSE = Duration.ofMillis(300);

    private TestDatabase database;
    private SensorsApplicationContext application;
    private WebClient client;

    @BeforeAll
    void start(TestDatabase testDatabase) {
        database = testDatabase;
        application = SensorsApplicationContext.start(database);
        client = application.webClient();
    }

    @AfterAll
    void stop() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aCompleteStreamIsOneJsonReadingALine() {
        ResponseEntity<List<Reading>> response = client.get().uri("/readings?limit=1000")
            .retrieve().toEntityList(Reading.class).block(SensorsApplicationContext.WAIT);

        assertThat(response).isNotNull();
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_NDJSON);
        List<Reading> readings = response.getBody();
        assertThat(readings).hasSize(1000);
        assertThat(readings).extracting(Reading::id).doesNotHaveDuplicates().allSatisfy(id ->
            assertThat(id).isBetween(1L, ReadingController.MAX));
        assertThat(readings).allSatisfy(reading -> {
            assertThat(reading.sensor()).isEqualTo(reading.id() % 100);
            assertThat(reading.location()).isEqualTo("hall " + reading.id() % 7 + ", rack " + reading.id() % 13);
            assertThat(reading.celsius().doubleValue()).isEqualTo((reading.id() % 400) / 10.0);
            assertThat(reading.takenAt()).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0).plusSeconds(reading.id()));
        });
    }

    @Test
    void aSlowReaderHoldsTheQueryRunningInsteadOfMaterialisingTheResult() {
        StepVerifier.create(stream(), 0)
            .thenRequest(1).expectNextCount(1)
            .thenAwait(PAUSE).thenRequest(1).expectNextCount(1)
            .thenAwait(PAUSE).thenRequest(1).expectNextCount(1)
            .thenAwait(PAUSE)
            // A million rows of about 60 bytes cannot all fit in the socket buffers between the database, the
            // service and this reader: had the service read the whole result, the query would have ended.
            .then(() -> assertThat(runningStreams()).isEqualTo(1))
            .thenCancel()
            .verify(SensorsApplicationContext.WAIT);
        awaitNoRunningStream();
    }

    @Test
    void aReaderThatCancelsStopsTheQueryAndFreesTheConnectionForTheNextRequest() {
        StepVerifier.create(stream().take(5)).expectNextCount(5).verifyComplete();

        awaitNoRunningStream();
        List<Reading> next = client.get().uri("/readings?limit=3").retrieve().bodyToFlux(Reading.class)
            .collectList().block(SensorsApplicationContext.WAIT);
        assertThat(next).hasSize(3);
    }

    @Test
    void aLimitOutsideTheRangeIsABadRequest() {
        Integer status = client.get().uri("/readings?limit=1000001")
            .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
            .block(SensorsApplicationContext.WAIT);

        assertThat(status).isEqualTo(400);
    }

    private Flux<Reading> stream() {
        return client.get().uri("/readings").accept(MediaType.APPLICATION_NDJSON)
            .retrieve().bodyToFlux(Reading.class);
    }

    /** @return how many {@code /readings} queries of the application's database the server is running */
    private long runningStreams() {
        Object count = database.server().queryFirst("SELECT COUNT(*) FROM information_schema.processlist"
            + " WHERE info LIKE '%readings_stream%' AND id <> CONNECTION_ID() AND db = '" + database.database() + "'");
        return ((Number) count).longValue();
    }

    private void awaitNoRunningStream() {
        long deadline = System.nanoTime() + SensorsApplicationContext.WAIT.toNanos();
        while (runningStreams() > 0) {
            assertThat(System.nanoTime()).as("the stream's query still runs").isLessThan(deadline);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
