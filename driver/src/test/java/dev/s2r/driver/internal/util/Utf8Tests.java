/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Utf8}: the UTF-8 length of a string, or where its first lone surrogate is.
 */
class Utf8Tests {

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "h\u00e9", "\u20ac", "\u07FF\u0800", "\uFFFF", "\uD83D\uDE00",
        "a\uD83D\uDE00b\uDBFF\uDFFF", "\uE000\uD7FF"})
    void lengthOfWellFormedTextIsItsUtf8ByteCount(String text) {
        assertThat(Utf8.length(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(Utf8.loneSurrogate(text)).isEqualTo(-1);
    }

    @Test
    void loneSurrogateIsFoundAtItsIndex() {
        assertThat(Utf8.loneSurrogate("\uD800")).isZero();
        assertThat(Utf8.loneSurrogate("ab\uDC00")).isEqualTo(2);
        assertThat(Utf8.loneSurrogate("a\uD800b")).isEqualTo(1);
        assertThat(Utf8.loneSurrogate("\uD800\uD800\uDC00")).isZero();
        assertThat(Utf8.loneSurrogate("\uD83D\uDE00\uDE00")).isEqualTo(2);
    }

    @Test
    void lengthIsNegativeForALoneSurrogate() {
        assertThat(Utf8.length("x\uD800y")).isEqualTo(-2);
    }

    @Test
    void messageNamesTheCharAndItsIndexButNotTheText() {
        assertThat(Utf8.loneSurrogateMessage("SQL text", "pw=secret\uDFFF", 9))
            .contains("SQL text has a lone UTF-16 surrogate U+DFFF at char index 9")
            .doesNotContain("secret");
    }
}
