/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static dev.s2r.udf.TestFunctions.bigint;
import static dev.s2r.udf.TestFunctions.map;
import static dev.s2r.udf.TestFunctions.perRow;
import static dev.s2r.udf.RowdatBodies.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The server under load and faults: bodies over the cap, the engine disconnecting, thousands of malformed calls,
 * graceful shutdown (python-sdk-services.md §2.5; python-sdk-audit.md "External functions").
 */
class UdfServerLifecycleIntegrationTests {

    private static final long CAP = 64 * 1024;

    private UdfServer server;
    private Engine engine;

    private void start(Consumer<UdfConfig.Builder> options, FunctionSpec... functions) {
        UdfConfig.Builder config = UdfConfig.builder().set(UdfOptions.PORT, 0)
            .set(UdfOptions.MAX_BODY_SIZE, CAP);
        options.accept(config);
        UdfServer.Builder builder = UdfServer.builder().config(config.build())
            .catalog(FakeCatalog::new);
        for (FunctionSpec function : functions) {
            builder.spec(function);
        }
        this.server = builder.build().start().block(Duration.ofSeconds(10));
        this.engine = new Engine(this.server.port());
    }

    @AfterEach
    void stop() {
        if (this.engine != null) {
            this.engine.close();
        }
        if (this.server != null) {
            this.server.shutdown(Duration.ofSeconds(5)).block(Duration.ofSeconds(20));
        }
    }

    @Test
    void aDeclaredLengthOverTheCapIs413BeforeAnyOfTheBodyIsSent() throws IOException {
        start(options -> { }, bigint("f", null, perRow(x -> x)));

        try (Socket socket = new Socket("127.0.0.1", this.server.port())) {
            socket.setSoTimeout(10_000);
            // Only the head is sent: a server that waited for the 1 GiB body would never answer.
            write(socket, "POST /invoke HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                + "s2-ef-name: f\r\ns2-ef-version: 1.0\r\nContent-Length: 1073741824\r\n\r\n");

            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 413 ");
        }
    }

    @Test
    void aCallExpecting100ContinueIsToldToSendItsBody() throws IOException {
        start(options -> { }, bigint("f", null, perRow(x -> x + 1)));
        byte[] body = rows(new long[] {4, 4});

        try (Socket socket = new Socket("127.0.0.1", this.server.port())) {
            socket.setSoTimeout(10_000);
            // libcurl-based clients send large POST bodies only after 100 Continue
            write(socket, "POST /invoke HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                + "s2-ef-name: f\r\ns2-ef-version: 1.0\r\nExpect: 100-continue\r\nContent-Length: " + body.length
                + "\r\n\r\n");
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 100 ");
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();

            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 200 ");
        }
    }

    @Test
    void aChunkedBodyPassingTheCapIs413AsSoonAsItPassesIt() throws IOException {
        start(options -> { }, bigint("f", null, perRow(x -> x)));

        try (Socket socket = new Socket("127.0.0.1", this.server.port())) {
            socket.setSoTimeout(10_000);
            write(socket, "POST /invoke HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
                + "s2-ef-name: f\r\ns2-ef-version: 1.0\r\nTransfer-Encoding: chunked\r\n\r\n");
            // One chunk past the cap and no last chunk: a server that waited for the body's end would never answer.
            // (A raw socket, since an HTTP client cannot leave a body unfinished; and one that keeps sending after
            // the answer would meet the connection's reset before reading it.)
            byte[] chunk = new byte[4096];
            for (long sent = 0; sent <= CAP; sent += chunk.length) {
                write(socket, Integer.toHexString(chunk.length) + "\r\n");
                socket.getOutputStream().write(chunk);
                write(socket, "\r\n");
            }

            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 413 ");
        }
        assertThat(this.engine.get("/status", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void theEngineDisconnectingCancelsTheCall() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        start(options -> { }, bigint("hang", null, (input, execution) -> Mono.never()
            .doOnSubscribe(s -> started.countDown())
            .doOnCancel(cancelled::countDown)
            .then(Mono.empty())));

        try (Socket socket = new Socket("127.0.0.1", this.server.port())) {
            writeCall(socket, "hang", "false");
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(cancelled.await(10, TimeUnit.SECONDS)).as("the function was cancelled").isTrue();
        awaitNoCallInFlight();
    }

    @Test
    void withIgnoreCancelTheCallRunsToItsEndAfterTheEngineDisconnects() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        start(options -> { }, bigint("steady", null, (input, execution) -> Mono.fromCallable(() -> {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            finished.countDown();
            return map(input, x -> x);
        }).subscribeOn(execution.blocking()).doOnCancel(cancelled::countDown)));

        try (Socket socket = new Socket("127.0.0.1", this.server.port())) {
            writeCall(socket, "steady", "true");
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        }
        Thread.sleep(200); // the server sees the connection close while the function still runs
        release.countDown();

        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        awaitNoCallInFlight();
        assertThat(cancelled.getCount()).as("never cancelled").isEqualTo(1);
    }

    @Test
    void tenThousandMalformedCallsAreEach4xxAndTheServerStillAnswers() {
        start(options -> { }, bigint("f", null, perRow(x -> x)));
        Map<String, String> badVersion = Engine.headers("f");
        badVersion.put("s2-ef-version", "9");
        Map<String, String> badType = Engine.headers("f");
        badType.put("Content-Type", "application/x-garbage");
        Map<String, String> good = Engine.headers("f");

        Long fourHundreds = Flux.range(0, 10_000)
            .flatMap(i -> switch (i % 3) {
                case 0 -> this.engine.call(good, new byte[] {(byte) (i % 100), 1, 2});
                case 1 -> this.engine.call(badVersion, rows(new long[] {i, i}));
                default -> this.engine.call(badType, rows(new long[] {i, i}));
            }, 16)
            .filter(answer -> answer.status() >= 400 && answer.status() < 500)
            .count()
            .block(Duration.ofSeconds(110));

        assertThat(fourHundreds).isEqualTo(10_000);
        assertThat(this.engine.get("/status", Map.of()).status()).isEqualTo(200);
        assertThat(this.engine.call("f", rows(new long[] {1, 5})).status()).isEqualTo(200);
    }

    @Test
    void shutdownDrainsACallInProgressThenStopsListening() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        start(options -> { }, bigint("slow", null, (input, execution) -> Mono.delay(Duration.ofMillis(700))
            .doOnSubscribe(s -> started.countDown())
            .map(tick -> map(input, x -> x + 1))));
        int port = this.server.port();

        Mono<Engine.Answer> answer = this.engine.call(Engine.headers("slow"), rows(new long[] {1, 1})).cache();
        answer.subscribe();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        this.server.shutdown(Duration.ofSeconds(10)).block(Duration.ofSeconds(20));

        Engine.Answer drained = answer.block(Duration.ofSeconds(10));
        assertThat(drained.status()).isEqualTo(200);
        assertThat(drained.body()).isEqualTo(rows(new long[] {1, 2}));
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    }

    private void awaitNoCallInFlight() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (this.server.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(this.server.inFlight()).isZero();
    }

    private static void writeCall(Socket socket, String name, String ignoreCancel) throws IOException {
        byte[] body = rows(new long[] {1, 1});
        write(socket, "POST /invoke HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream\r\n"
            + "Accepts: application/octet-stream\r\ns2-ef-name: " + name + "\r\ns2-ef-version: 1.0\r\n"
            + "s2-ef-ignore-cancel: " + ignoreCancel + "\r\nContent-Length: " + body.length + "\r\n\r\n");
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        return head.toString();
    }
}
