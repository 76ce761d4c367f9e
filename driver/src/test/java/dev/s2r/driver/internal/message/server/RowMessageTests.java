/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.util.IllegalReferenceCountException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RowMessage}'s reference count: the payload and the retained-bytes count are released with the last
 * reference, and releasing once too often fails as Netty's own objects do.
 */
class RowMessageTests {

    private final RetainedBytes retained = new RetainedBytes(null);

    private RowMessage row(ByteBuf payload) {
        return new RowMessage(payload, false, this.retained);
    }

    @Test
    void releasingTheOnlyReferenceReleasesThePayloadAndTheCount() {
        ByteBuf payload = Unpooled.buffer().writeBytes(new byte[]{1, 'x'});
        RowMessage row = row(payload);
        assertThat(this.retained.sum()).isEqualTo(2);

        assertThat(row.release()).isTrue();

        assertThat(payload.refCnt()).isZero();
        assertThat(row.refCnt()).isZero();
        assertThat(this.retained.sum()).isZero();
    }

    @Test
    void aRetainedRowLivesUntilItsLastRelease() {
        ByteBuf payload = Unpooled.buffer().writeBytes(new byte[]{1, 'x'});
        RowMessage row = row(payload).retain();

        assertThat(row.release()).isFalse();
        assertThat(payload.refCnt()).isEqualTo(1);
        assertThat(row.release()).isTrue();
        assertThat(payload.refCnt()).isZero();
    }

    @Test
    void releasingAReleasedRowFails() {
        RowMessage row = row(Unpooled.buffer().writeByte(0));
        row.release();

        assertThatThrownBy(row::release).isInstanceOf(IllegalReferenceCountException.class);
        assertThatThrownBy(row::retain).isInstanceOf(IllegalReferenceCountException.class);
        assertThat(this.retained.sum()).isZero();
    }
}
