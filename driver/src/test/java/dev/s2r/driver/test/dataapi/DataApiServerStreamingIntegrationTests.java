/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.s2r.driver.test.dataapi.DataApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of {@link DataApiServer}'s streaming: rows leave as they come, with backpressure from the HTTP
 * client down to the database, and an error after rows ends the body with an error object.
 */
@SingleStoreTest
final class DataApiServerStreamingIntegrationTests {

    private static final int ROWS = 100_000;
    /** 100,000 rows of about 600 bytes: some 60 MB of JSON, far more than the sockets and buffers between can hold. */
    private static final String HUNDRED_THOUSAND_ROWS = "SELECT a.i * 100 + b.i AS n, REPEAT('x', 600) AS pad "
        + "FROM thousand a, thousand b WHERE b.i < 100";

    private static DataApiServer server;
    private static DataApiClient client;

    @BeforeAll
    static void start(TestDatabase database) {
        String values = IntStream.range(0, 1000).mapToObj(i -> "(" + i + ")").collect(Collectors.joining(","));
        database.execute("CREATE TABLE thousand (i INT PRIMARY KEY)", "INSERT INTO thousand VALUES " + values);
        server = DataApiServer.start(database);
        client = new DataApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void hundredThousandRowsArriveInManyChunksWhileTheServerHoldsFew() throws Exception {
        long before = server.rowsStreamed();
        HttpRequest request = client.request("/api/v2/query/tuples")
            .POST(HttpRequest.BodyPublishers.ofString(client.body(HUNDRED_THOUSAND_ROWS))).build();
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = client.http()
            .send(request, HttpResponse.BodyHandlers.ofPublisher());
        assertThat(response.statusCode()).isEqualTo(200);
        RowCounter counter = new RowCounter();
        response.body().subscribe(counter);

        assertThat(counter.first.await(30, TimeUnit.SECONDS)).isTrue();
        long paused = awaitStill(before);
        assertThat(paused).as("rows the server read while the client read nothing").isLessThan(ROWS / 2);
        counter.subscription.get().request(Long.MAX_VALUE);

        assertThat(counter.done.get(120, TimeUnit.SECONDS)).isEqualTo(ROWS);
        assertThat(counter.chunks.get()).as("body deliveries").isGreaterThan(100);
        assertThat(server.rowsStreamed() - before).isEqualTo(ROWS);
    }

    @Test
    void clientThatGoesAwayEndsTheQueryOnTheDatabase(TestDatabase database) throws Exception {
        long before = server.rowsStreamed();
        HttpRequest request = client.request("/api/v2/query/tuples")
            .POST(HttpRequest.BodyPublishers.ofString(client.body(HUNDRED_THOUSAND_ROWS))).build();
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = client.http()
            .send(request, HttpResponse.BodyHandlers.ofPublisher());
        RowCounter counter = new RowCounter();
        response.body().subscribe(counter);
        assertThat(counter.first.await(30, TimeUnit.SECONDS)).isTrue();

        counter.subscription.get().cancel();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (running(database) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(running(database)).as("the query still running on the database").isZero();
        assertThat(awaitStill(before)).isLessThan(ROWS);
    }

    @Test
    void engineErrorAfterRowsEndsTheBodyWithAnErrorObject() {
        HttpResponse<String> response = client.tuples("SELECT a.i, REPEAT('x', 100) AS pad, "
            + "(SELECT b.i FROM thousand b WHERE b.i < IF(a.i < 500, 1, 2)) AS one FROM thousand a ORDER BY a.i");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response.body());
        assertThat(body.path("results").path(0).path("columns")).hasSize(3);
        assertThat(body.path("error").path("code").asInt()).isEqualTo(1242);
        assertThat(body.path("error").path("message").asText()).isEqualTo("Subquery returns more than 1 row");
    }

    private static long running(TestDatabase database) {
        Object count = database.server().queryFirst("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
            + "WHERE INFO LIKE 'SELECT a.i * 100 + b.i AS n%'");
        return ((Number) count).longValue();
    }

    /** @return the rows the server has written for this test once that number stopped growing */
    private static long awaitStill(long before) throws InterruptedException {
        long last = -1;
        long current = server.rowsStreamed() - before;
        while (current != last) {
            last = current;
            Thread.sleep(700);
            current = server.rowsStreamed() - before;
        }
        return current;
    }

    /**
     * Takes one delivery, then waits to be told to take the rest; counts the rows of a query/tuples body with a
     * non-blocking parser, so that the body is never held whole.
     */
    private static final class RowCounter implements Flow.Subscriber<List<ByteBuffer>> {

        final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        final CountDownLatch first = new CountDownLatch(1);
        final AtomicLong chunks = new AtomicLong();
        final CompletableFuture<Long> done = new CompletableFuture<>();
        private final JsonParser parser;
        private int depth;
        private long rows;

        RowCounter() {
            try {
                this.parser = new JsonFactory().createNonBlockingByteArrayParser();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            this.subscription.set(s);
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            try {
                for (ByteBuffer buffer : buffers) {
                    this.chunks.incrementAndGet();
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    ((ByteArrayFeeder) this.parser.getNonBlockingInputFeeder()).feedInput(bytes, 0, bytes.length);
                    drain();
                }
            } catch (IOException e) {
                this.done.completeExceptionally(e);
            }
            this.first.countDown();
        }

        /** Rows are the arrays at depth 5: {"results":[{"rows":[[...]]}]}. */
        private void drain() throws IOException {
            JsonToken token;
            while ((token = this.parser.nextToken()) != null && token != JsonToken.NOT_AVAILABLE) {
                if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                    this.depth++;
                    if (this.depth == 5 && token == JsonToken.START_ARRAY) {
                        this.rows++;
                    }
                } else if (token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
                    this.depth--;
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            this.done.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            if (this.depth != 0) {
                this.done.completeExceptionally(new IllegalStateException("unbalanced JSON, depth " + this.depth));
            } else {
                this.done.complete(this.rows);
            }
        }
    }
}
