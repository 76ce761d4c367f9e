/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.message.server;

import dev.s2r.driver.test.WirePackets;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ColumnCache}: unchanged column definition packets are not decoded again.
 */
final class ColumnCacheTests {

    private final ColumnCache cache = new ColumnCache();

    @Test
    void anUnchangedPacketYieldsTheSameDefinition() {
        ColumnDefinition first = define(0, "id");

        assertThat(define(0, "id")).isSameAs(first);
    }

    @Test
    void aChangedPacketIsDecodedAgain() {
        ColumnDefinition first = define(0, "id");

        ColumnDefinition second = define(0, "name");

        assertThat(second).isNotSameAs(first);
        assertThat(second.getName()).isEqualTo("name");
    }

    @Test
    void theSameColumnsReuseTheArrayOfThePreviousResult() {
        ColumnDefinition[] first = result("id", "name");

        assertThat(result("id", "name")).isSameAs(first);
    }

    @Test
    void otherColumnsGiveANewArrayAndLeaveTheOldOneAsItWas() {
        ColumnDefinition[] first = result("id", "name");

        ColumnDefinition[] second = result("id", "other");

        assertThat(second).isNotSameAs(first);
        assertThat(first[1].getName()).isEqualTo("name");
        assertThat(second[1].getName()).isEqualTo("other");
    }

    @Test
    void aResultWithFewerColumnsIsNotTakenForTheLongerOne() {
        ColumnDefinition[] first = result("id", "name");

        assertThat(result("id")).isNotSameAs(first).hasSize(1);
    }

    @Test
    void thePacketIsNotConsumed() {
        ByteBuf packet = packet("id");
        try {
            this.cache.definition(0, packet);

            assertThat(packet.readerIndex()).isZero();
        } finally {
            packet.release();
        }
    }

    private ColumnDefinition[] result(String... names) {
        ColumnDefinition[] columns = new ColumnDefinition[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = define(i, names[i]);
        }
        return this.cache.columns(columns);
    }

    /** Decodes a column definition from a pooled packet, released right after, as the connection does. */
    private ColumnDefinition define(int index, String name) {
        ByteBuf packet = packet(name);
        try {
            return this.cache.definition(index, packet);
        } finally {
            packet.release();
        }
    }

    private static ByteBuf packet(String name) {
        byte[] bytes = WirePackets.column("t", name, WirePackets.UTF8MB4, 64, WirePackets.TYPE_VAR_STRING, 0, 0);
        return ByteBufAllocator.DEFAULT.buffer(bytes.length).writeBytes(bytes);
    }
}
