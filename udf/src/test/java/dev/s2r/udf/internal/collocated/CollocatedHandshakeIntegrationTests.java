/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static dev.s2r.udf.internal.collocated.BigintRowDat1.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Engines that break the v1 handshake rules of the plugin server (python-sdk-services.md §2.11; python-sdk-audit.md
 * "External functions", collocated mode): each is disconnected without an answer, its descriptors closed, and the
 * server goes on serving.
 */
class CollocatedHandshakeIntegrationTests {

    @TempDir
    Path dir;

    private CollocatedServer server;

    @BeforeEach
    void start() throws IOException {
        this.server = CollocatedServer.start(this.dir.resolve("udf.sock"),
            Map.of("double_it", TestFunctions.perRow("double_it", x -> 2 * x)), BigintRowDat1.INSTANCE,
            TestFunctions.EXECUTION, 32);
    }

    @AfterEach
    void stop() {
        this.server.close();
    }

    @Test
    void aVersionOtherThanOneIsDisconnected() throws IOException {
        try (TestEngine engine = TestEngine.connect(this.server.socketPath())) {
            engine.header(2, 9);
            sendIgnoringDisconnect(() -> engine.sendName(bytes("double_it"), engine.inputFd(), engine.outputFd()));

            assertThat(engine.closedByServer()).isTrue();
        }
        assertServes();
    }

    @Test
    void aNameLongerThan4096BytesIsDisconnected() throws IOException {
        byte[] name = new byte[4097];
        Arrays.fill(name, (byte) 'f');
        try (TestEngine engine = TestEngine.connect(this.server.socketPath())) {
            engine.header(1, name.length);
            sendIgnoringDisconnect(() -> engine.sendName(name, engine.inputFd(), engine.outputFd()));

            assertThat(engine.closedByServer()).isTrue();
        }
        assertServes();
    }

    @Test
    void aNameOf4096BytesIsAccepted() throws IOException {
        byte[] name = new byte[4096];
        Arrays.fill(name, (byte) 'f');
        try (TestEngine engine = TestEngine.connect(this.server.socketPath())) {
            engine.header(1, name.length);
            engine.sendName(name, engine.inputFd(), engine.outputFd());
            TestEngine.Reply reply = engine.call(rows(0, 1L));

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.message()).contains("no function named 'ffff");
        }
    }

    @Test
    void oneDescriptorIsDisconnected() throws IOException {
        try (TestEngine engine = TestEngine.connect(this.server.socketPath())) {
            engine.header(1, 9);
            engine.sendName(bytes("double_it"), engine.inputFd());

            assertThat(engine.closedByServer()).isTrue();
        }
        assertServes();
    }

    @Test
    void threeDescriptorsAreDisconnected() throws IOException {
        try (TestEngine engine = TestEngine.connect(this.server.socketPath())) {
            engine.header(1, 9);
            engine.sendName(bytes("double_it"), engine.inputFd(), engine.outputFd(), engine.inputFd());

            assertThat(engine.closedByServer()).isTrue();
        }
        assertServes();
    }

    @Test
    void aNameWithoutDescriptorsIsDisconnected() throws IOException {
        try (TestEngine engine = TestEngine.connect(this.server.socketPath())) {
            engine.header(1, 9);
            engine.sendName(bytes("double_it"));

            assertThat(engine.closedByServer()).isTrue();
        }
        assertServes();
    }

    @Test
    void anEngineThatLeavesInsideTheHeaderDoesNotDisturbTheServer() throws IOException {
        try (TestEngine engine = TestEngine.connect(this.server.socketPath())) {
            Sockets.sendAll(socketOf(engine), new byte[] {1, 0, 0});
        }
        assertServes();
    }

    @Test
    void noDescriptorIsLeftOpenByGoodOrBadEngines() throws Exception {
        this.server.close();
        long before = openDescriptors();

        start();
        for (int i = 0; i < 5; i++) {
            assertServes();
            aVersionOtherThanOneIsDisconnected();
            oneDescriptorIsDisconnected();
            threeDescriptorsAreDisconnected();
            aNameLongerThan4096BytesIsDisconnected();
            try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("@@health")) {
                engine.sendLength(0);
                assertThat(engine.reply().status()).isEqualTo(200);
            }
        }
        awaitOpenDescriptors(before + 1);
        this.server.close();

        assertThat(openDescriptors()).isEqualTo(before);
    }

    private void assertServes() throws IOException {
        try (TestEngine engine = TestEngine.connect(this.server.socketPath()).handshake("double_it")) {
            TestEngine.Reply reply = engine.call(rows(1, 4L));
            assertThat(engine.output(reply.size())).isEqualTo(rows(1, 8L));
        }
    }

    /** A send the server may refuse by having already closed the connection, which is what is tested. */
    private static void sendIgnoringDisconnect(IoAction send) {
        try {
            send.run();
        }
        catch (IOException ex) {
            // the server closed first
        }
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private static int socketOf(TestEngine engine) {
        return engine.socketFd();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    /** Connection threads close their descriptors just after the engine sees the end, so poll briefly. */
    private static void awaitOpenDescriptors(long expected) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (openDescriptors() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(openDescriptors()).isEqualTo(expected);
    }
}
