/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.message.server;

import dev.s2r.driver.test.WirePackets;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ColumnCache}: unchanged column definition packets are not decoded again.
 */
final class ColumnCacheTests {

    private final ColumnCache cache = new ColumnCache();

    @Test
    void anUnchangedPacketYieldsTheSameDefinition() {
        ColumnDefinition first = this.cache.definition(0, packet("id"));

        assertThat(this.cache.definition(0, packet("id"))).isSameAs(first);
    }

    @Test
    void aChangedPacketIsDecodedAgain() {
        ColumnDefinition first = this.cache.definition(0, packet("id"));

        ColumnDefinition second = this.cache.definition(0, packet("name"));

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

        this.cache.definition(0, packet);

        assertThat(packet.readerIndex()).isZero();
    }

    private ColumnDefinition[] result(String... names) {
        ColumnDefinition[] columns = new ColumnDefinition[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = this.cache.definition(i, packet(names[i]));
        }
        return this.cache.columns(columns);
    }

    private static ByteBuf packet(String name) {
        return Unpooled.wrappedBuffer(WirePackets.column("t", name, WirePackets.UTF8MB4, 64,
            WirePackets.TYPE_VAR_STRING, 0, 0));
    }
}
