/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.s2r.udf.internal.collocated.BigintRowDat1.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The collocated server against a test engine over a real Unix socket and real memfds: the batch loop, control
 * signals, concurrency and shutdown (python-sdk-services.md §2.10 and §2.11).
 */
class CollocatedServerIntegrationTests {

    @TempDir
    Path dir;

    private CollocatedServer server;

    @AfterEach
    void stop() {
        if (this.server != null) {
            this.server.close();
        }
    }

    private CollocatedServer start(int maxConnections, FunctionSpec... functions) throws IOException {
        Map<String, FunctionSpec> byName = new HashMap<>();
        for (FunctionSpec function : functions) {
            byName.put(function.name(), function);
        }
        this.server = CollocatedServer.start(this.dir.resolve("udf.sock"), byName, BigintRowDat1.INSTANCE,
            TestFunctions.EXECUTION, maxConnections);
        return this.server;
    }

    private CollocatedServer start(FunctionSpec... functions) throws IOException {
        return start(32, functions);
    }

    @Test
    void aBatchIsAnsweredWith200AndTheRowsInTheOutputFile() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("double_it")) {
            TestEngine.Reply reply = engine.call(rows(7, 1L, null, -21L));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(engine.output(reply.size())).isEqualTo(rows(7, 2L, null, -42L));
        }
    }

    @Test
    void theOutputFileGrowsToAtLeast128KiB() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("double_it")) {
            engine.call(rows(0, 1L));

            assertThat(engine.outputFileSize()).isEqualTo(128 * 1024);
        }
    }

    @Test
    void aResponseLargerThan128KiBGrowsTheOutputFileToItsSize() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));
        Long[] values = new Long[10_000];
        Arrays.fill(values, 3L);
        Long[] doubled = new Long[10_000];
        Arrays.fill(doubled, 6L);

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("double_it")) {
            TestEngine.Reply reply = engine.call(rows(0, values));

            assertThat(reply.size()).isEqualTo(170_000);
            assertThat(engine.outputFileSize()).isEqualTo(170_000);
            assertThat(engine.output(reply.size())).isEqualTo(rows(0, doubled));
        }
    }

    @Test
    void oneConnectionServesBatchAfterBatchUntilLengthZero() throws IOException {
        start(TestFunctions.perRow("inc", x -> x + 1));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("inc")) {
            for (long i = 0; i < 5; i++) {
                TestEngine.Reply reply = engine.call(rows(i * 10, i, i * 100));
                assertThat(engine.output(reply.size())).isEqualTo(rows(i * 10, i + 1, i * 100 + 1));
            }
            engine.end();

            assertThat(engine.closedByServer()).isTrue();
        }
    }

    @Test
    void aFunctionThatThrowsIsAnswered500WithItsMessageAndTheConnectionCloses() throws IOException {
        start(TestFunctions.perRow("boom", x -> {
            throw new IllegalStateException("kaboom");
        }), TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("boom")) {
            TestEngine.Reply reply = engine.call(rows(0, 1L));

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.message()).isEqualTo("error in function 'boom': kaboom");
            assertThat(engine.closedByServer()).isTrue();
        }
        assertServes();
    }

    @Test
    void aFunctionThatFailsWithACheckedExceptionIsAnswered500WithItsMessage() throws IOException {
        start(TestFunctions.spec("disk", (input, execution) -> Mono.error(new IOException("disk full"))),
            TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("disk")) {
            TestEngine.Reply reply = engine.call(rows(0, 1L));

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.message()).isEqualTo("error in function 'disk': disk full");
        }
        assertServes();
    }

    @Test
    void aFunctionOverItsTimeoutIsAnswered500() throws IOException {
        FunctionSpec slow = TestFunctions.spec("slow", (input, execution) -> Mono.never());
        start(new FunctionSpec(slow.name(), slow.args(), slow.returns(), slow.kind(), false, Duration.ofMillis(100),
            slow.summary(), slow.invoker()), TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("slow")) {
            TestEngine.Reply reply = engine.call(rows(0, 1L));

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.message()).isEqualTo("error in function 'slow': timed out after 0.1 seconds");
        }
        assertServes();
    }

    @Test
    void anUnknownFunctionIsAnswered500() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("nope")) {
            TestEngine.Reply reply = engine.call(rows(0, 1L));

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.message()).contains("no function named 'nope'");
        }
    }

    @Test
    void aLengthBeyondTheInputFileIsAnswered500() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("double_it")) {
            engine.sendLength(1 << 20);
            TestEngine.Reply reply = engine.reply();

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.message()).contains("announced 1048576 bytes");
        }
        assertServes();
    }

    @Test
    void healthIsAnsweredInTheOutputFile() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("@@health")) {
            engine.sendLength(0);
            TestEngine.Reply reply = engine.reply();

            assertThat(reply.status()).isEqualTo(200);
            assertThat(new String(engine.output(reply.size()), StandardCharsets.UTF_8))
                .isEqualTo("{\"status\":\"ok\"}");
            assertThat(engine.closedByServer()).isTrue();
        }
    }

    @Test
    void functionsListsEachFunctionWithItsSignature() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x), TestFunctions.perRow("inc", x -> x + 1));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("@@functions")) {
            engine.sendLength(0);
            TestEngine.Reply reply = engine.reply();
            JsonNode json = new ObjectMapper().readTree(engine.output(reply.size()));

            assertThat(reply.status()).isEqualTo(200);
            List<String> names = new ArrayList<>();
            json.get("functions").forEach(function -> names.add(function.get("name").asText()));
            assertThat(names).containsExactlyInAnyOrder("double_it", "inc");
            JsonNode first = json.get("functions").get(0);
            assertThat(first.get("args").get(0).get("name").asText()).isEqualTo("x");
            assertThat(first.get("args").get(0).get("dtype").asText()).isEqualTo("int64");
            assertThat(first.get("args").get(0).get("sql").asText()).isEqualTo("BIGINT NULL");
            assertThat(first.get("returns").get(0).get("name").isNull()).isTrue();
            assertThat(first.get("function_type").asText()).isEqualTo("udf");
            assertThat(first.get("doc").asText()).isEqualTo("Applies an operator to x");
        }
    }

    @Test
    void registerIsRefusedWith400() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("@@register")) {
            TestEngine.Reply reply = engine.call("{\"name\":\"f\",\"body\":\"return 1\"}"
                .getBytes(StandardCharsets.UTF_8));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.message()).contains("@@register is not supported");
            assertThat(engine.closedByServer()).isTrue();
        }
        assertServes();
    }

    @Test
    void anUnknownControlSignalIsRefusedWith400() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("@@reboot")) {
            engine.sendLength(0);
            TestEngine.Reply reply = engine.reply();

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.message()).isEqualTo("Unknown control signal: @@reboot");
        }
    }

    @Test
    void theSocketFileIsReadableAndWritableByItsOwnerOnly() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(this.server.socketPath())))
            .isEqualTo("rw-------");
    }

    @Test
    void fourEngineConnectionsRunTheirBatchesAtTheSameTime() throws Exception {
        CyclicBarrier allFour = new CyclicBarrier(4);
        start(TestFunctions.perRow("meet", x -> {
            try {
                allFour.await(10, TimeUnit.SECONDS);
            }
            catch (Exception ex) {
                throw new IllegalStateException("the four calls did not run together", ex);
            }
            return x;
        }));
        ExecutorService engines = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (long i = 0; i < 4; i++) {
                long value = i;
                results.add(engines.submit(() -> {
                    try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("meet")) {
                        return engine.output(engine.call(rows(value, value)).size());
                    }
                }));
            }
            for (int i = 0; i < 4; i++) {
                assertThat(results.get(i).get(20, TimeUnit.SECONDS)).isEqualTo(rows(i, (long) i));
            }
        }
        finally {
            engines.shutdownNow();
        }
    }

    @Test
    void pastMaxConnectionsAConnectionWaitsForAFreeSlot() throws Exception {
        start(1, TestFunctions.perRow("double_it", x -> 2 * x));
        ExecutorService second = Executors.newSingleThreadExecutor();
        try (TestEngine first = TestEngine.connect(this.server.socketPath()).handshake("double_it")) {
            first.call(rows(0, 1L));
            Future<TestEngine.Reply> waiting = second.submit(() -> {
                try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("double_it")) {
                    return engine.call(rows(0, 5L));
                }
            });

            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            first.end();
            assertThat(waiting.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        finally {
            second.shutdownNow();
        }
    }

    @Test
    void closeLetsTheBatchInFlightFinishThenRemovesTheSocket() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(TestFunctions.perRow("slow", x -> {
            entered.countDown();
            try {
                release.await();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            return x;
        }));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("slow")) {
            byte[] request = rows(3, 9L);
            Future<TestEngine.Reply> reply = threads.submit(() -> engine.call(request));
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> closing = threads.submit(() -> this.server.close());

            Thread.sleep(200);
            assertThat(closing).isNotDone();
            release.countDown();
            assertThat(reply.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            closing.get(10, TimeUnit.SECONDS);
            assertThat(engine.closedByServer()).isTrue();
            assertThat(this.server.socketPath()).doesNotExist();
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void closeCancelsACallStillRunningAfterTheGrace() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        start(TestFunctions.perRow("stuck", x -> {
            entered.countDown();
            try {
                new CountDownLatch(1).await();
            }
            catch (InterruptedException ex) {
                interrupted.countDown();
            }
            throw new IllegalStateException("cancelled");
        }));
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("stuck")) {
            byte[] request = rows(0, 1L);
            threads.submit(() -> engine.call(request));
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();

            this.server.close(Duration.ofMillis(200));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(this.server.socketPath()).doesNotExist();
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aLargerBatchLaterOnTheSameConnectionIsReadWhole() throws IOException {
        start(TestFunctions.perRow("inc", x -> x + 1));
        Long[] many = new Long[20_000];
        Long[] incremented = new Long[20_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = (long) i;
            incremented[i] = i + 1L;
        }

        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("inc")) {
            engine.call(rows(0, 1L));
            TestEngine.Reply reply = engine.call(rows(0, many));

            assertThat(engine.output(reply.size())).isEqualTo(rows(0, incremented));
        }
    }

    @Test
    void aStaleSocketAtThePathIsReplaced() throws IOException {
        try (ServerSocketChannel previous = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            previous.bind(UnixDomainSocketAddress.of(this.dir.resolve("udf.sock")));
        }
        assertThat(this.dir.resolve("udf.sock")).exists();

        start(TestFunctions.perRow("double_it", x -> 2 * x));

        assertServes();
    }

    @Test
    void aFileThatIsNotASocketIsNeverReplaced() throws IOException {
        Path path = Files.writeString(this.dir.resolve("udf.sock"), "precious");

        assertThatIOException().isThrownBy(() -> start(TestFunctions.perRow("double_it", x -> 2 * x)))
            .withMessageContaining("not a socket");
        assertThat(path).hasContent("precious");
    }

    @Test
    void closeWaitsForNothingWhenNoBatchIsInFlight() throws IOException {
        start(TestFunctions.perRow("double_it", x -> 2 * x));
        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("double_it")) {
            engine.call(rows(0, 1L));
            long started = System.nanoTime();

            this.server.close(Duration.ofSeconds(30));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(engine.closedByServer()).isTrue();
        }
    }

    private void assertServes() throws IOException {
        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("double_it")) {
            TestEngine.Reply reply = engine.call(rows(1, 4L));
            assertThat(engine.output(reply.size())).isEqualTo(rows(1, 8L));
        }
    }
}
