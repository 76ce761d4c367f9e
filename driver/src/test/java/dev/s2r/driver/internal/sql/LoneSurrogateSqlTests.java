/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.sql;

import dev.s2r.driver.internal.codec.Parameter;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * SQL text is parsed only when UTF-8 can encode it exactly: a lone UTF-16 surrogate anywhere in it (a literal, an
 * identifier, a comment) is refused when the statement is parsed, before any of it is written, instead of reaching
 * the server as {@code ?}. Every statement the driver sends for the user is parsed first (text queries, prepares,
 * client-side interpolation and the multi-row INSERT rewrites are written from the parsed text).
 */
class LoneSurrogateSqlTests {

    private static final String GRINNING_FACE = "\uD83D\uDE00";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SELECT 'x\uD800y'",
        "SELECT \"x\uDC00\"",
        "SELECT `c\uD800` FROM t",
        "SELECT 1 /* \uD800 */",
        "SELECT 1 -- \uDBFF",
        "SELECT 1 # \uD800",
        "SELECT 'a\\\uD800'",
        "SELECT w\uD800rd",
        "SELECT ?, '\uDFFF'"})
    void loneSurrogateAnywhereInTheTextIsRefused(String sql) {
        assertThatIllegalArgumentException().isThrownBy(() -> ParsedSql.parse(sql))
            .withMessageContaining("lone UTF-16 surrogate");
    }

    @Test
    void theMessageNamesTheCharAndItsPosition() {
        assertThatIllegalArgumentException().isThrownBy(() -> ParsedSql.parse("SELECT 'x\uD800y'"))
            .withMessageContaining("U+D800")
            .withMessageContaining("char index 9");
    }

    @Test
    void theMessageDoesNotRepeatTheSql() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> ParsedSql.parse("SET PASSWORD = 'Sup3r-S3cret\uD800'"))
            .withMessageNotContaining("Sup3r");
    }

    @Test
    void noBackslashEscapesModeIsCheckedToo() {
        assertThatIllegalArgumentException().isThrownBy(() -> ParsedSql.parse("SELECT '\\\uD800'", true));
    }

    @Test
    void surrogatePairsAreAccepted() {
        ParsedSql parsed = ParsedSql.parse("SELECT '" + GRINNING_FACE + "', ? /* " + GRINNING_FACE + " */");

        assertThat(parsed.getParameterCount()).isEqualTo(1);
    }

    @Test
    void surrogatePairIsWrittenAsOneFourByteCharacterWhenInterpolated() {
        ParsedSql parsed = ParsedSql.parse("SELECT '" + GRINNING_FACE + "', ?");
        ByteBuf out = Unpooled.buffer();
        try {
            parsed.interpolate(out, new Parameter[] {new One()}, false);

            assertThat(ByteBufUtil.getBytes(out)).containsExactly(
                ("SELECT '" + GRINNING_FACE + "', 1").getBytes(StandardCharsets.UTF_8));
            assertThat(ByteBufUtil.getBytes(out, 8, 4)).containsExactly(0xF0, 0x9F, 0x98, 0x80);
        } finally {
            out.release();
        }
    }

    /** The literal {@code 1}. */
    private static final class One implements Parameter {

        @Override
        public int type() {
            return 3;
        }

        @Override
        public void writeBinary(ByteBuf out) {
            out.writeIntLE(1);
        }

        @Override
        public void writeText(ByteBuf out, boolean noBackslashEscapes) {
            out.writeByte('1');
        }
    }
}
