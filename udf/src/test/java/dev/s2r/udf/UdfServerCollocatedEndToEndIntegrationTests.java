/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.Arg;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.collocated.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@link UdfServer} in collocated mode ({@code socket_path}), driven by a test engine over a real Unix socket
 * and real memfds (singlestore-server.md §3.3; python-sdk-services.md §2.10, §2.11) with the real ROWDAT_1 codec:
 * per batch the engine writes ROWDAT_1 rows into the input file and announces their length; the server answers 200
 * and the length of the rows it wrote into the output file.
 */
class UdfServerCollocatedEndToEndIntegrationTests {

    @TempDir
    Path dir;

    private Path socket;
    private UdfServer server;

    @BeforeEach
    void start() {
        this.socket = this.dir.resolve("udf.sock");
        this.server = UdfServer.builder()
            .config(UdfConfig.builder().set(UdfOptions.SOCKET_PATH, this.socket.toString()).build())
            .function(EndToEndFunctions.class)
            .build()
            .start()
            .block(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        this.server.shutdown(Duration.ofSeconds(5)).block(Duration.ofSeconds(30));
    }

    @Test
    void theUrlIsTheSocketPath() {
        assertThat(this.server.url()).isEqualTo(this.socket.toAbsolutePath().toString());
        assertThat(this.socket).exists();
    }

    @Test
    void bigintAddAnswersSeveralBatchesOnOneConnection() throws IOException {
        try (TestEngine engine = TestEngine.connect(Path.of(this.server.url())).handshake("add")) {
            for (long batch = 0; batch < 5; batch++) {
                Rowdat request = Rowdat.body();
                Rowdat expected = Rowdat.body();
                for (long row = 0; row <= batch * 100; row++) {
                    long id = batch * 1_000_000 + row * 7;
                    request.row(id).int64(row).int64(batch);
                    expected.row(id).int64(row + batch);
                }

                TestEngine.Reply reply = engine.call(request.bytes());

                assertThat(reply.status()).as(reply.message()).isEqualTo(200);
                assertThat(engine.output(reply.size())).isEqualTo(expected.bytes());
            }
            engine.end();
        }
    }

    @Test
    void textUpperAnswersSeveralBatchesWithNulls() throws IOException {
        try (TestEngine engine = TestEngine.connect(Path.of(this.server.url())).handshake("upper")) {
            String[][] batches = {{"abc", null, "héllo"}, {""}, {null}, {"x".repeat(10_000), "ß"}};
            for (String[] batch : batches) {
                Rowdat request = Rowdat.body();
                Rowdat expected = Rowdat.body();
                for (int row = 0; row < batch.length; row++) {
                    request.row(42 + row);
                    expected.row(42 + row);
                    if (batch[row] == null) {
                        request.nullText();
                        expected.nullText();
                    } else {
                        request.text(batch[row]);
                        expected.text(batch[row].toUpperCase(Locale.ROOT));
                    }
                }

                TestEngine.Reply reply = engine.call(request.bytes());

                assertThat(reply.status()).as(reply.message()).isEqualTo(200);
                assertThat(engine.output(reply.size())).isEqualTo(expected.bytes());
            }
            engine.end();
        }
    }

    @Test
    void shutdownRemovesTheSocket() {
        this.server.shutdown(Duration.ofSeconds(5)).block(Duration.ofSeconds(30));

        assertThat(this.socket).doesNotExist();
    }

    /** A function that outlives the server's one-second timeout. */
    public static final class Slow {

        /** @return x, after 30 s or when interrupted */
        @Udf
        public long slow(@Arg(name = "x") long x) throws InterruptedException {
            Thread.sleep(30_000);
            return x;
        }
    }

    @Test
    void theServersTimeoutBoundsACallAsOverHttp() throws IOException {
        Path slowSocket = this.dir.resolve("slow.sock");
        UdfServer slow = UdfServer.builder()
            .config(UdfConfig.builder().set(UdfOptions.SOCKET_PATH, slowSocket.toString())
                .set(UdfOptions.TIMEOUT, Duration.ofSeconds(1)).build())
            .function(new Slow())
            .build()
            .start()
            .block(Duration.ofSeconds(30));
        try (TestEngine engine = TestEngine.connect(Path.of(slow.url())).handshake("slow")) {
            TestEngine.Reply reply = engine.call(Rowdat.body().row(1).int64(1).bytes());

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.message()).contains("slow").contains("timed out");
        } finally {
            slow.shutdown(Duration.ofSeconds(1)).block(Duration.ofSeconds(30));
        }
    }

    @Test
    void aRelativeSocketPathIsReportedAbsolute() {
        Path relative = Path.of("").toAbsolutePath().relativize(this.dir.resolve("relative.sock"));
        UdfServer server = UdfServer.builder()
            .config(UdfConfig.builder().set(UdfOptions.SOCKET_PATH, relative.toString()).build())
            .function(EndToEndFunctions.class)
            .build()
            .start()
            .block(Duration.ofSeconds(30));
        try {
            assertThat(Path.of(server.url())).isAbsolute().isEqualTo(this.dir.resolve("relative.sock"));
        } finally {
            server.shutdown(Duration.ofSeconds(5)).block(Duration.ofSeconds(30));
        }
    }
}
