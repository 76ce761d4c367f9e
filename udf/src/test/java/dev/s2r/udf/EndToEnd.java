/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.format.arrow.ArrowFiles;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real {@link UdfServer} of {@link EndToEndFunctions} on an ephemeral port, the {@link Engine} that calls it as
 * SingleStore does, and Arrow vectors to build request files with (closed with it).
 */
final class EndToEnd implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    final EndToEndFunctions.Async async = new EndToEndFunctions.Async();
    final UdfServer server;
    final Engine engine;
    private final RootAllocator vectors = new RootAllocator();

    EndToEnd(UdfConfig.Builder config) {
        this.server = UdfServer.builder().config(config.set(UdfOptions.PORT, 0).build())
            .function(EndToEndFunctions.class)
            .function(this.async)
            .build()
            .start()
            .block(WAIT);
        this.engine = new Engine(this.server.port());
    }

    EndToEnd() {
        this(UdfConfig.builder());
    }

    /**
     * The headers the engine sends (python-sdk-services.md §2.5; singlestore-server.md §3.2): {@code Content-Type}
     * and {@code Accepts} (sic) naming the format, {@code s2-ef-name}, {@code s2-ef-version: 1.0}.
     */
    static Map<String, String> headers(String name, DataFormat format) {
        Map<String, String> headers = Engine.headers(name);
        headers.put("Content-Type", format.requestType());
        headers.put("Accepts", format.requestType());
        return headers;
    }

    /** Calls {@code name} with a body in {@code format} and checks the answer is 200 in the format's type. */
    byte[] call(String name, DataFormat format, byte[] body) {
        Engine.Answer answer = this.engine.call(headers(name, format), body).block(WAIT);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo(format.responseType());
        return answer.body();
    }

    /** @return the JSON answer to a JSON call */
    String json(String name, String body) {
        return new String(call(name, DataFormat.JSON, body.getBytes(StandardCharsets.UTF_8)),
            StandardCharsets.UTF_8);
    }

    /** @return the Arrow answer to an Arrow call, read with Arrow: its columns by name */
    Map<String, List<Object>> arrow(String name, FieldVector... columns) {
        return ArrowFiles.read(call(name, DataFormat.ARROW, ArrowFiles.file(columns)));
    }

    BigIntVector bigInts(String name, Long... values) {
        BigIntVector vector = new BigIntVector(name, this.vectors);
        vector.allocateNew(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                vector.setNull(i);
            } else {
                vector.set(i, values[i]);
            }
        }
        vector.setValueCount(values.length);
        return vector;
    }

    VarCharVector strings(String name, String... values) {
        VarCharVector vector = new VarCharVector(name, this.vectors);
        vector.allocateNew();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                vector.setNull(i);
            } else {
                vector.setSafe(i, values[i].getBytes(StandardCharsets.UTF_8));
            }
        }
        vector.setValueCount(values.length);
        return vector;
    }

    @Override
    public void close() {
        this.engine.close();
        this.server.shutdown(Duration.ofSeconds(5)).block(WAIT);
        assertThat(this.vectors.getAllocatedMemory()).isZero();
        this.vectors.close();
    }
}
