/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers to {@code @@} control signals (python-sdk-services.md §2.11). */
class ControlSignalsTests {

    private static final FunctionSpec SPLIT = new FunctionSpec("split_words",
        List.of(new ArgSpec("text", "TEXT", WireType.STRING, false, null, "")),
        List.of(new ColumnSpec("word", "TEXT", WireType.STRING, true, ""),
            new ColumnSpec("position", "BIGINT", WireType.INT64, false, "")),
        FunctionKind.TVF, false, null, "Splits text into words", (input, execution) -> Mono.empty());

    @Test
    void healthIsOk() {
        ControlSignals.Answer answer = ControlSignals.answer("@@health", List.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void functionsDescribesArgumentsReturnsAndKind() throws IOException {
        ControlSignals.Answer answer = ControlSignals.answer("@@functions", List.of(SPLIT));
        JsonNode function = new ObjectMapper().readTree(answer.body()).get("functions").get(0);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(function.get("name").asText()).isEqualTo("split_words");
        assertThat(function.get("args").toString())
            .isEqualTo("[{\"name\":\"text\",\"dtype\":\"str\",\"sql\":\"TEXT NOT NULL\"}]");
        assertThat(function.get("returns").toString()).isEqualTo("[{\"name\":\"word\",\"dtype\":\"str\","
            + "\"sql\":\"TEXT NULL\"},{\"name\":\"position\",\"dtype\":\"int64\",\"sql\":\"BIGINT NOT NULL\"}]");
        assertThat(function.get("function_type").asText()).isEqualTo("tvf");
        assertThat(function.get("doc").asText()).isEqualTo("Splits text into words");
    }

    @Test
    void deleteIsRefusedWith400() {
        ControlSignals.Answer answer = ControlSignals.answer("@@delete", List.of(SPLIT));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).startsWith("@@delete is not supported");
    }
}
