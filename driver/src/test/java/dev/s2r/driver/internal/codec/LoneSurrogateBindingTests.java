/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import static dev.s2r.driver.internal.codec.Fixtures.binary;
import static dev.s2r.driver.internal.codec.Fixtures.bytes;
import static dev.s2r.driver.internal.codec.Fixtures.encode;
import static dev.s2r.driver.internal.codec.Fixtures.literal;
import static dev.s2r.driver.internal.codec.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A string is bound only when UTF-8 can encode it exactly: a lone UTF-16 surrogate is refused when the value is
 * encoded (at bind time), instead of reaching the wire as {@code ?}; a surrogate pair is one 4-byte character.
 */
class LoneSurrogateBindingTests {

    private static final String GRINNING_FACE = "\uD83D\uDE00";

    @Test
    void loneHighSurrogateIsRefusedNamingItsPosition() {
        assertThatIllegalArgumentException().isThrownBy(() -> encode("x\uD800y"))
            .withMessageContaining("lone UTF-16 surrogate")
            .withMessageContaining("U+D800")
            .withMessageContaining("char index 1");
    }

    @Test
    void loneLowSurrogateIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> encode("ab\uDC00"))
            .withMessageContaining("U+DC00")
            .withMessageContaining("char index 2");
    }

    @Test
    void highSurrogateAtTheEndIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> encode("abc\uD83D"))
            .withMessageContaining("char index 3");
    }

    @Test
    void pairInTheWrongOrderIsRefusedAtItsFirstChar() {
        assertThatIllegalArgumentException().isThrownBy(() -> encode("\uDE00\uD83D"))
            .withMessageContaining("U+DE00")
            .withMessageContaining("char index 0");
    }

    @Test
    void surrogateAfterAValidPairIsFoundAtItsOwnPosition() {
        assertThatIllegalArgumentException().isThrownBy(() -> encode(GRINNING_FACE + "\uDC00"))
            .withMessageContaining("char index 2");
    }

    @Test
    void everyStringLikeBindTypeIsChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> encode('\uD800'));
        assertThatIllegalArgumentException().isThrownBy(() -> encode(new StringBuilder("a\uDFFF")));
    }

    @Test
    void theMessageDoesNotRepeatTheValue() {
        String secret = "Sup3r-S3cret\uD800";

        assertThatIllegalArgumentException().isThrownBy(() -> encode(secret))
            .withMessageNotContaining("Sup3r");
    }

    @Test
    void surrogatePairIsOneFourByteCharacterInTheBinaryForm() {
        assertThat(binary(encode("a" + GRINNING_FACE))).containsExactly(bytes(5, 'a', 0xF0, 0x9F, 0x98, 0x80));
    }

    @Test
    void surrogatePairIsOneFourByteCharacterInTheLiteral() {
        Parameter parameter = encode(GRINNING_FACE + "'");
        ByteBuf out = Unpooled.buffer();
        try {
            parameter.writeText(out, false);
            assertThat(ByteBufUtil.getBytes(out))
                .containsExactly(bytes('\'', 0xF0, 0x9F, 0x98, 0x80, '\\', '\'', '\''));
        } finally {
            out.release();
        }
        assertThat(literal(parameter, true)).isEqualTo("'" + GRINNING_FACE + "'''");
    }

    @Test
    void binarySizeCountsAPairAsFourBytes() {
        Parameter parameter = encode(GRINNING_FACE.repeat(3));
        ByteBuf scratch = Unpooled.buffer();
        try {
            assertThat(parameter.binarySize(scratch)).isEqualTo(1 + 12);
        } finally {
            scratch.release();
        }
        assertThat(binary(parameter)).endsWith(utf8(GRINNING_FACE));
    }

    @Test
    void textWithoutSurrogatesIsUnchanged() {
        assertThat(binary(encode("h\u00e9\u20ac"))).containsExactly(bytes(6, 'h', 0xC3, 0xA9, 0xE2, 0x82, 0xAC));
    }
}
