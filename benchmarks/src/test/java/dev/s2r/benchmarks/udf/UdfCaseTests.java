/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.udf;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.function.Execution;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The UDF workloads' fixture: bodies the codecs read back, and answers the functions really give. */
class UdfCaseTests {

    private static final Execution HERE = new Execution(Schedulers.immediate(), 1);

    @ParameterizedTest
    @ValueSource(strings = {"rowdat_1-add", "json-add", "arrow-add", "rowdat_1-upper", "json-upper", "arrow-upper"})
    void theExpectedAnswerIsWhatTheServedFunctionAnswersEncoded(String participant) {
        UdfCase udf = UdfCase.of(participant);
        for (int k = 0; k < UdfCase.BATCHES; k++) {
            Batch input = decode(udf, udf.request(k), true);
            Batch output = udf.function().invoker().invoke(input, HERE).block();
            ByteBuf encoded = udf.codec().encode(output, udf.function().returnTypes(),
                UnpooledByteBufAllocator.DEFAULT);
            try {
                assertThat(ByteBufUtil.getBytes(encoded)).isEqualTo(udf.response(k));
            } finally {
                encoded.release();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rowdat_1-add", "json-add", "arrow-add"})
    void addAnswersTheSumOfItsArgumentsInEveryRow(String participant) {
        UdfCase udf = UdfCase.of(participant);
        Batch input = decode(udf, udf.request(3), true);
        Batch output = decode(udf, udf.response(3), false);
        assertThat(output.size()).isEqualTo(UdfCase.ROWS);
        for (int row = 0; row < UdfCase.ROWS; row++) {
            assertThat(output.column(0).getLong(row))
                .isEqualTo(input.column(0).getLong(row) + input.column(1).getLong(row));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rowdat_1-upper", "json-upper", "arrow-upper"})
    void upperAnswersEveryTextUpperCased(String participant) {
        UdfCase udf = UdfCase.of(participant);
        Batch input = decode(udf, udf.request(5), true);
        Batch output = decode(udf, udf.response(5), false);
        for (int row = 0; row < UdfCase.ROWS; row++) {
            String text = (String) input.column(0).getObject(row);
            assertThat(text).hasSizeBetween(20, 40).isLowerCase();
            assertThat(output.column(0).getObject(row)).isEqualTo(text.toUpperCase(Locale.ROOT));
        }
    }

    @Test
    void theExpectedFoldOfAPassCountsEveryRowAndSumsTheBatchesInTurn() {
        UdfCase udf = UdfCase.of("rowdat_1-add");
        long sum = 0;
        for (int k = 0; k < 10; k++) {
            sum += UdfCase.hash(decode(udf, udf.response(k), false));
        }
        assertThat(udf.expected(10).count()).isEqualTo(10L * UdfCase.ROWS);
        assertThat(udf.expected(10).toString()).isEqualTo(10L * UdfCase.ROWS + ":" + Long.toHexString(sum));
    }

    @Test
    void aParticipantIsAFormatAndAServedFunction() {
        assertThat(UdfCase.of("json-upper").format().name()).isEqualTo("JSON");
        assertThatIllegalArgumentException().isThrownBy(() -> UdfCase.of("rowdat_1-lower"));
        assertThatIllegalArgumentException().isThrownBy(() -> UdfCase.of("csv-add"));
        assertThatIllegalArgumentException().isThrownBy(() -> UdfCase.of("add"));
    }

    private static Batch decode(UdfCase udf, byte[] body, boolean request) {
        ByteBuf buffer = Unpooled.wrappedBuffer(body);
        try {
            return udf.codec().decode(buffer, request ? udf.function().argTypes() : udf.function().returnTypes());
        } finally {
            buffer.release();
        }
    }
}
