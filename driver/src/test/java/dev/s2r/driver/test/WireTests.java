/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WireTests {

    @AfterEach
    void clear() {
        System.clearProperty("s2r.test.wires");
    }

    @Test
    void withoutTheSwitchTheSuitesRunOverEveryWire() {
        assertThat(Wire.selected()).containsExactly(Wire.TEXT, Wire.PREPARED, Wire.DATA_API);
    }

    @Test
    void theSwitchRunsTheSuitesOverTheDataApiInsteadOfTheMySqlProtocol() {
        System.setProperty("s2r.test.wires", "data_api");

        assertThat(Wire.selected()).containsExactly(Wire.DATA_API);
    }

    @Test
    void theSwitchTakesSeveralWiresInItsOrder() {
        System.setProperty("s2r.test.wires", " PREPARED, TEXT ,PREPARED");

        assertThat(Wire.selected()).containsExactly(Wire.PREPARED, Wire.TEXT);
    }

    @Test
    void anUnknownWireIsRefused() {
        System.setProperty("s2r.test.wires", "GRPC");

        assertThatIllegalArgumentException().isThrownBy(Wire::selected).withMessageContaining("GRPC");
    }
}
