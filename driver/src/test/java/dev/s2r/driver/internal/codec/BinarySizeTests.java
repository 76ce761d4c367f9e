/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import static dev.s2r.driver.internal.codec.Fixtures.binary;
import static dev.s2r.driver.internal.codec.Fixtures.encode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Parameter#binarySize}: what batches use to split commands equals what {@link Parameter#writeBinary} writes,
 * including at the length-encoding boundaries (250/251 and 65,535/65,536 bytes) and for multi-byte UTF-8.
 */
class BinarySizeTests {

    static Stream<Object> values() {
        return Stream.of("", "a", "x".repeat(250), "x".repeat(251), "x".repeat(65_535), "x".repeat(65_536),
            "日本語 and emoji 😀", "é".repeat(126), new byte[0], new byte[250], new byte[251], new byte[70_000],
            ByteBuffer.wrap(new byte[300]), new BigDecimal("-1234567.8901"), LocalDateTime.of(2026, 11, 25, 17, 0),
            LocalDateTime.of(2026, 11, 25, 17, 0, 1, 123_000), 42L, 3.5d);
    }

    @ParameterizedTest
    @MethodSource("values")
    void theSizeIsWhatWriteBinaryWrites(Object value) {
        Parameter parameter = encode(value);
        ByteBuf scratch = Unpooled.buffer();
        try {
            assertThat(parameter.binarySize(scratch)).isEqualTo(binary(parameter).length);
        } finally {
            scratch.release();
        }
    }
}
