/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SQL the variable accessors send, and their name validation.
 */
final class VariableAccessorSqlTests {

    @ParameterizedTest(name = "{0} reads with {1}")
    @CsvSource(delimiter = '|', value = {
        "LOCAL          | SHOW LOCAL VARIABLES LIKE 'autocommit'",
        "GLOBAL         | SHOW GLOBAL VARIABLES LIKE 'autocommit'",
        "CLUSTER_LOCAL  | SHOW CLUSTER LOCAL VARIABLES LIKE 'autocommit'",
        "CLUSTER_GLOBAL | SHOW CLUSTER GLOBAL VARIABLES LIKE 'autocommit'",
    })
    void getShowsTheVariableOfTheScope(VariableScope scope, String sql) {
        SqlRecorder recorder = new SqlRecorder(false);

        StepVerifier.create(recorder.variables(scope).get("autocommit"))
            .verifyError(NoSuchElementException.class);

        assertThat(recorder.sent()).containsExactly(sql);
    }

    @ParameterizedTest(name = "{0} writes with {1}")
    @CsvSource(delimiter = '|', value = {
        "LOCAL          | SET SESSION autocommit = ON",
        "GLOBAL         | SET GLOBAL autocommit = ON",
        "CLUSTER_LOCAL  | SET CLUSTER SESSION autocommit = ON",
        "CLUSTER_GLOBAL | SET CLUSTER GLOBAL autocommit = ON",
    })
    void setWritesTheVariableOfTheScope(VariableScope scope, String sql) {
        SqlRecorder recorder = new SqlRecorder(false);

        StepVerifier.create(recorder.variables(scope).set("autocommit", true)).verifyComplete();

        assertThat(recorder.sent()).containsExactly(sql);
    }

    @Test
    void allShowsEveryVariableOfTheScope() {
        SqlRecorder recorder = new SqlRecorder(false);

        StepVerifier.create(recorder.variables(VariableScope.GLOBAL).all()).verifyComplete();

        assertThat(recorder.sent()).containsExactly("SHOW GLOBAL VARIABLES");
    }

    @Test
    void underscoresInTheNameAreEscapedSoTheNameMatchesOnlyItself() {
        SqlRecorder recorder = new SqlRecorder(false);

        StepVerifier.create(recorder.variables(VariableScope.LOCAL).get("sql_mode"))
            .verifyError(NoSuchElementException.class);

        assertThat(recorder.sent()).containsExactly("SHOW LOCAL VARIABLES LIKE 'sql\\\\_mode'");
    }

    @Test
    void withNoBackslashEscapesTheLikeEscapeIsWrittenOnce() {
        SqlRecorder recorder = new SqlRecorder(true);

        StepVerifier.create(recorder.variables(VariableScope.LOCAL).get("sql_mode"))
            .verifyError(NoSuchElementException.class);

        assertThat(recorder.sent()).containsExactly("SHOW LOCAL VARIABLES LIKE 'sql\\_mode'");
    }

    @Test
    void falseIsWrittenAsOff() {
        assertThat(sentBySet("autocommit", false)).isEqualTo("SET SESSION autocommit = OFF");
    }

    @Test
    void integersAreWrittenAsNumericLiterals() {
        assertThat(sentBySet("max_heap_table_size", 33554432L)).isEqualTo("SET SESSION max_heap_table_size = 33554432");
    }

    @Test
    void bigIntegersAreWrittenAsNumericLiterals() {
        assertThat(sentBySet("x", new BigInteger("18446744073709551615")))
            .isEqualTo("SET SESSION x = 18446744073709551615");
    }

    @Test
    void decimalsAreWrittenAsPlainNumericLiterals() {
        assertThat(sentBySet("long_query_time", new BigDecimal("1E+1"))).isEqualTo("SET SESSION long_query_time = 10");
        assertThat(sentBySet("long_query_time", 2.5)).isEqualTo("SET SESSION long_query_time = 2.5");
    }

    @Test
    void stringsAreWrittenAsEscapedLiterals() {
        assertThat(sentBySet("sql_mode", "ANSI_QUOTES,it's\\"))
            .isEqualTo("SET SESSION sql_mode = 'ANSI_QUOTES,it''s\\\\'");
    }

    @Test
    void nullIsWrittenAsNull() {
        assertThat(sentBySet("character_set_results", null)).isEqualTo("SET SESSION character_set_results = NULL");
    }

    @Test
    void dotsAreAllowedInNames() {
        assertThat(sentBySet("default.key_buffer_size", 8L)).isEqualTo("SET SESSION default.key_buffer_size = 8");
    }

    @ParameterizedTest(name = "''{0}'' is rejected")
    @ValueSource(strings = {"", "1abc", "auto commit", "x;DROP TABLE t", "a`b", "a-b", "a'b"})
    void invalidNamesAreRejectedBeforeAnythingIsSent(String name) {
        SqlRecorder recorder = new SqlRecorder(false);
        DefaultVariableAccessor locals = recorder.variables(VariableScope.LOCAL);

        assertThatThrownBy(() -> locals.get(name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locals.set(name, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(recorder.sent()).isEmpty();
    }

    @Test
    void aNullNameIsRejected() {
        SqlRecorder recorder = new SqlRecorder(false);

        assertThatThrownBy(() -> recorder.variables(VariableScope.LOCAL).get(null))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonFiniteNumbersAreRejectedAtTheCall() {
        SqlRecorder recorder = new SqlRecorder(false);

        assertThatThrownBy(() -> recorder.variables(VariableScope.LOCAL).set("x", Double.NaN))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(recorder.sent()).isEmpty();
    }

    @Test
    void valuesWithoutASqlFormAreRejectedAtTheCall() {
        SqlRecorder recorder = new SqlRecorder(false);

        assertThatThrownBy(() -> recorder.variables(VariableScope.LOCAL).set("x", Duration.ofSeconds(1)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("java.time.Duration");
    }

    private static String sentBySet(String name, Object value) {
        SqlRecorder recorder = new SqlRecorder(false);
        StepVerifier.create(recorder.variables(VariableScope.LOCAL).set(name, value)).verifyComplete();
        return recorder.sent().get(0);
    }
}
