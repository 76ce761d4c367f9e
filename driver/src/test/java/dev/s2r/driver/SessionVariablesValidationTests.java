/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@code sessionVariables} are written into a {@code SET} statement as they are, so the builder checks them as the
 * URL and environment parsing do: plain names (with {@code @@} or {@code @@SESSION.} in any case) and values
 * without {@code ;}.
 */
class SessionVariablesValidationTests {

    @Test
    void theBuilderAcceptsPlainAndQualifiedNamesInAnyCase() {
        assertThat(SingleStoreConnectionConfiguration.builder()
            .sessionVariables(Map.of("wait_timeout", "77", "@@SESSION.sql_mode", "'ANSI_QUOTES'", "@@session.x", "1")))
            .isNotNull();
    }

    @Test
    void theBuilderRejectsAValueThatWouldEndTheStatement() {
        assertThatIllegalArgumentException().isThrownBy(() -> SingleStoreConnectionConfiguration.builder()
                .sessionVariables(Map.of("wait_timeout", "1; DROP TABLE t")))
            .withMessageContaining("sessionVariables");
    }

    @Test
    void theBuilderRejectsANameThatIsNotAVariable() {
        assertThatIllegalArgumentException().isThrownBy(() -> SingleStoreConnectionConfiguration.builder()
            .sessionVariables(Map.of("x=1, y", "2")));
        assertThatIllegalArgumentException().isThrownBy(() -> SingleStoreConnectionConfiguration.builder()
            .sessionVariables(Map.of("wait_timeout", " ")));
    }
}
