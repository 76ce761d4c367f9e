/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.format;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.WireType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The codec of each format; Arrow's is loaded by name so that arrow-vector stays optional. */
final class BatchCodecsTests {

    @Test
    void rowDat1AndJsonHaveTheirCodecs() {
        assertThat(BatchCodecs.of(DataFormat.ROWDAT_1)).isInstanceOf(RowDat1Codec.class);
        assertThat(BatchCodecs.of(DataFormat.JSON)).isInstanceOf(JsonCodec.class);
    }

    @Test
    void codecsAreShared() {
        assertThat(BatchCodecs.of(DataFormat.JSON)).isSameAs(BatchCodecs.of(DataFormat.JSON));
    }

    @Test
    void arrowCodecIsLoadedByName() {
        BatchCodec codec = BatchCodecs.load(StubCodec.class.getName(), getClass().getClassLoader());

        assertThat(codec).isInstanceOf(StubCodec.class);
    }

    @Test
    void missingArrowCodecNamesTheDependencyToAdd() {
        assertThatThrownBy(() -> BatchCodecs.load(BatchCodecs.ARROW_CODEC + "Absent", getClass().getClassLoader()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("The ARROW data format needs org.apache.arrow:arrow-vector");
    }

    @Test
    void classThatIsNotACodecIsNamed() {
        assertThatThrownBy(() -> BatchCodecs.load(String.class.getName(), getClass().getClassLoader()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("java.lang.String is not a BatchCodec with a public no-argument constructor");
    }

    /** Stands in for the Arrow codec. */
    public static final class StubCodec implements BatchCodec {

        /** Creates the codec. */
        public StubCodec() {
        }

        @Override
        public Batch decode(ByteBuf body, List<WireType> types) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ByteBuf encode(Batch batch, List<WireType> types, ByteBufAllocator allocator) {
            throw new UnsupportedOperationException();
        }
    }
}
