/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format.arrow;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ArrowCodec} against files written by Arrow Java's own {@code ArrowFileWriter} (19.0.0). That writer needs
 * {@code --add-opens java.base/java.nio}, which the test JVM does not have, so the files were written once in a JVM
 * with the flag and are kept here. Both hold three rows: row ids 42, 7, 1000000000000; an Int64 column 5, NULL, -9;
 * a Utf8 column "x", "h\u00e9llo", NULL.
 */
class ArrowFileWriterCompatibilityTests {

    /** Columns {@code row_id}, {@code a}, {@code b}, as the engine sends a request (python-sdk-services.md §2.9). */
    private static final String REQUEST =
        "QVJST1cxAAD/////AAEAABAAAAAAAAoADgAGAA0ACAAKAAAAAAAEABAAAAAAAQoADAAAAAgABAAKAAAACAAAAAgAAAAAAAAA"
        + "AwAAAIAAAAA4AAAABAAAAJ7///8UAAAAFAAAABgAAAAAAAUBFAAAAAAAAAAAAAAABAAEAAQAAAABAAAAYgAAAM7///8UAAAA"
        + "FAAAABQAAAAAAAIBGAAAAAAAAAAAAAAAvP///wAAAAFAAAAAAQAAAGEAEgAYABQAEwASAAwAAAAIAAQAEgAAABQAAAAUAAAA"
        + "HAAAAAAAAgEgAAAAAAAAAAAAAAAIAAwACAAHAAgAAAAAAAABQAAAAAYAAAByb3dfaWQAAAAAAAD/////+AAAABQAAAAAAAAA"
        + "DAAWAA4AFQAQAAQADAAAAGAAAAAAAAAAAAAEABAAAAAAAwoAGAAMAAgABAAKAAAAFAAAAIgAAAADAAAAAAAAAAAAAAAHAAAA"
        + "AAAAAAAAAAABAAAAAAAAAAgAAAAAAAAAGAAAAAAAAAAgAAAAAAAAAAEAAAAAAAAAKAAAAAAAAAAYAAAAAAAAAEAAAAAAAAAA"
        + "AQAAAAAAAABIAAAAAAAAABAAAAAAAAAAWAAAAAAAAAAHAAAAAAAAAAAAAAADAAAAAwAAAAAAAAAAAAAAAAAAAAMAAAAAAAAA"
        + "AQAAAAAAAAADAAAAAAAAAAEAAAAAAAAABwAAAAAAAAAqAAAAAAAAAAcAAAAAAAAAABCl1OgAAAAFAAAAAAAAAAUAAAAAAAAA"
        + "AAAAAAAAAAD3/////////wMAAAAAAAAAAAAAAAEAAAAHAAAABwAAAHhow6lsbG8A/////wAAAAAQAAAADAAUAAYAEAAMAAgA"
        + "DAAAAAAABAAMAAAAKAAAADQAAAABAAAAEAEAAAAAAAAAAQAAAAAAAGAAAAAAAAAAAAAAAAAAAAAAAAoADAAAAAgABAAKAAAA"
        + "CAAAAAgAAAAAAAAAAwAAAIAAAAA4AAAABAAAAJ7///8UAAAAFAAAABgAAAAAAAUBFAAAAAAAAAAAAAAABAAEAAQAAAABAAAA"
        + "YgAAAM7///8UAAAAFAAAABQAAAAAAAIBGAAAAAAAAAAAAAAAvP///wAAAAFAAAAAAQAAAGEAEgAYABQAEwASAAwAAAAIAAQA"
        + "EgAAABQAAAAUAAAAHAAAAAAAAgEgAAAAAAAAAAAAAAAIAAwACAAHAAgAAAAAAAABQAAAAAYAAAByb3dfaWQAACgBAABBUlJP"
        + "VzE=";

    /** Columns {@code __index__}, {@code col0}, {@code col1}, as a response names them. */
    private static final String RESPONSE =
        "QVJST1cxAAD/////CAEAABAAAAAAAAoADgAGAA0ACAAKAAAAAAAEABAAAAAAAQoADAAAAAgABAAKAAAACAAAAAgAAAAAAAAA"
        + "AwAAAIgAAAA8AAAABAAAAJb///8UAAAAFAAAABgAAAAAAAUBFAAAAAAAAAAAAAAABAAEAAQAAAAEAAAAY29sMQAAAADK////"
        + "FAAAABQAAAAUAAAAAAACARgAAAAAAAAAAAAAALj///8AAAABQAAAAAQAAABjb2wwAAASABgAFAATABIADAAAAAgABAASAAAA"
        + "FAAAABQAAAAcAAAAAAACASAAAAAAAAAAAAAAAAgADAAIAAcACAAAAAAAAAFAAAAACQAAAF9faW5kZXhfXwAAAP/////4AAAA"
        + "FAAAAAAAAAAMABYADgAVABAABAAMAAAAYAAAAAAAAAAAAAQAEAAAAAADCgAYAAwACAAEAAoAAAAUAAAAiAAAAAMAAAAAAAAA"
        + "AAAAAAcAAAAAAAAAAAAAAAEAAAAAAAAACAAAAAAAAAAYAAAAAAAAACAAAAAAAAAAAQAAAAAAAAAoAAAAAAAAABgAAAAAAAAA"
        + "QAAAAAAAAAABAAAAAAAAAEgAAAAAAAAAEAAAAAAAAABYAAAAAAAAAAcAAAAAAAAAAAAAAAMAAAADAAAAAAAAAAAAAAAAAAAA"
        + "AwAAAAAAAAABAAAAAAAAAAMAAAAAAAAAAQAAAAAAAAAHAAAAAAAAACoAAAAAAAAABwAAAAAAAAAAEKXU6AAAAAUAAAAAAAAA"
        + "BQAAAAAAAAAAAAAAAAAAAPf/////////AwAAAAAAAAAAAAAAAQAAAAcAAAAHAAAAeGjDqWxsbwD/////AAAAABAAAAAMABQA"
        + "BgAQAAwACAAMAAAAAAAEAAwAAAAoAAAAOAAAAAEAAAAYAQAAAAAAAAABAAAAAAAAYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAoA"
        + "DAAAAAgABAAKAAAACAAAAAgAAAAAAAAAAwAAAIgAAAA8AAAABAAAAJb///8UAAAAFAAAABgAAAAAAAUBFAAAAAAAAAAAAAAA"
        + "BAAEAAQAAAAEAAAAY29sMQAAAADK////FAAAABQAAAAUAAAAAAACARgAAAAAAAAAAAAAALj///8AAAABQAAAAAQAAABjb2ww"
        + "AAASABgAFAATABIADAAAAAgABAASAAAAFAAAABQAAAAcAAAAAAACASAAAAAAAAAAAAAAAAgADAAIAAcACAAAAAAAAAFAAAAA"
        + "CQAAAF9faW5kZXhfXwAAADgBAABBUlJPVzE=";

    private static final List<WireType> TYPES = List.of(WireType.INT64, WireType.STRING);

    private final RootAllocator arrow = new RootAllocator();
    private final ArrowCodec codec = new ArrowCodec(this.arrow);

    @AfterEach
    void everyCallReturnsAllItsArrowMemory() {
        assertThat(this.arrow.getAllocatedMemory()).isZero();
        this.arrow.close();
    }

    @Test
    void decodesARequestThatArrowsFileWriterWrote() {
        ByteBuf body = ArrowFiles.body(Base64.getDecoder().decode(REQUEST));
        try {
            Batch batch = this.codec.decode(body, TYPES);

            assertThat(Arrays.copyOf(batch.rowIds(), batch.size())).containsExactly(42L, 7L, 1_000_000_000_000L);
            assertThat(ArrowFiles.values(batch.column(0))).containsExactly(5L, null, -9L);
            assertThat(ArrowFiles.values(batch.column(1))).containsExactly("x", "h\u00e9llo", null);
        } finally {
            body.release();
        }
    }

    @Test
    void encodesTheBytesArrowsFileWriterWritesForTheSameRows() {
        Batch batch = Batch.of(TYPES, 3);
        batch.addRowId(42);
        batch.addRowId(7);
        batch.addRowId(1_000_000_000_000L);
        batch.column(0).addLong(5);
        batch.column(0).addNull();
        batch.column(0).addLong(-9);
        batch.column(1).addObject("x");
        batch.column(1).addObject("h\u00e9llo");
        batch.column(1).addNull();

        ByteBuf body = this.codec.encode(batch, TYPES, UnpooledByteBufAllocator.DEFAULT);
        try {
            assertThat(ByteBufUtil.getBytes(body)).isEqualTo(Base64.getDecoder().decode(RESPONSE));
        } finally {
            body.release();
        }
    }
}
