/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.api.Arg;
import dev.s2r.udf.api.Udf;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.s2r.udf.internal.signature.Fixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code DEFAULT} literals of parameters (python-sdk-services.md §2.2). */
class DefaultTests {

    /** Functions with defaults. */
    public static final class Defaulted {
        @Udf public static long number(@Arg(defaultValue = "-42") long v) { return v; }
        @Udf public static double real(@Arg(defaultValue = "1.5e3") double v) { return v; }
        @Udf public static boolean bool(@Arg(defaultValue = "true") boolean v) { return v; }
        @Udf public static String text(@Arg(defaultValue = "it's a \\ test") String v) { return v; }
        @Udf public static String empty(@Arg(defaultValue = "") String v) { return v; }
        @Udf public static LocalDate date(@Arg(defaultValue = "2026-01-02") LocalDate v) { return v; }
        @Udf public static String none(@Arg(defaultNull = true) String v) { return v; }
        @Udf public static String plain(String v) { return v; }
        @Udf public static long notANumber(@Arg(defaultValue = "1; DROP TABLE t") long v) { return v; }
        @Udf public static long unsignedNegative(@Arg(type = "BIGINT UNSIGNED", defaultValue = "-1") long v) {
            return v;
        }
        @Udf public static long primitiveNull(@Arg(defaultNull = true) long v) { return v; }
    }

    private static String literal(String method) {
        return spec(Defaulted.class, method).args().get(0).defaultLiteral();
    }

    @Test
    void integerDefaultIsKeptAsWritten() {
        assertThat(literal("number")).isEqualTo("-42");
    }

    @Test
    void floatingDefaultIsKeptAsWritten() {
        assertThat(literal("real")).isEqualTo("1.5e3");
    }

    @Test
    void booleanDefaultIsOneOrZero() {
        assertThat(literal("bool")).isEqualTo("1");
    }

    @Test
    void stringDefaultIsAQuotedLiteralWithQuotesAndBackslashesEscaped() {
        assertThat(literal("text")).isEqualTo("'it''s a \\\\ test'");
    }

    @Test
    void emptyStringIsADefaultToo() {
        assertThat(literal("empty")).isEqualTo("''");
    }

    @Test
    void temporalDefaultIsAQuotedLiteral() {
        assertThat(literal("date")).isEqualTo("'2026-01-02'");
    }

    @Test
    void defaultNullIsNull() {
        assertThat(literal("none")).isEqualTo("NULL");
    }

    @Test
    void parameterWithoutDefaultHasNone() {
        assertThat(literal("plain")).isNull();
    }

    @Test
    void numericDefaultThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> literal("notANumber")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Defaulted.notANumber, parameter arg0: the default '1; DROP TABLE t' is not");
    }

    @Test
    void negativeDefaultOfAnUnsignedParameterIsRefused() {
        assertThatThrownBy(() -> literal("unsignedNegative")).hasMessageContaining("is not a uint64");
    }

    @Test
    void notNullParameterCannotDefaultToNull() {
        assertThatThrownBy(() -> literal("primitiveNull"))
            .hasMessageContaining("Defaulted.primitiveNull, parameter arg0: a NOT NULL parameter cannot default");
    }
}
