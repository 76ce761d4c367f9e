/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The control-message arithmetic of 64-bit Linux ({@code CMSG_ALIGN}, {@code CMSG_LEN}, {@code CMSG_SPACE}). */
class FdMessageTests {

    @Test
    void twoDescriptorsTakeA24ByteControlMessage() {
        assertThat(FdMessage.cmsgLen(2 * Integer.BYTES)).isEqualTo(24);
        assertThat(FdMessage.cmsgSpace(2 * Integer.BYTES)).isEqualTo(24);
    }

    @Test
    void oneDescriptorIsPaddedToTheNextMultipleOfEight() {
        assertThat(FdMessage.cmsgLen(Integer.BYTES)).isEqualTo(20);
        assertThat(FdMessage.cmsgSpace(Integer.BYTES)).isEqualTo(24);
    }

    @Test
    void threeDescriptorsNeedMoreSpaceThanTwo() {
        assertThat(FdMessage.cmsgLen(3 * Integer.BYTES)).isEqualTo(28);
        assertThat(FdMessage.cmsgSpace(3 * Integer.BYTES)).isEqualTo(32);
    }
}
