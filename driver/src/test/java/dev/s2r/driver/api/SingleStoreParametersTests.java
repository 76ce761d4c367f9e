/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import io.r2dbc.spi.Parameter;
import io.r2dbc.spi.R2dbcType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NaN and infinity as typed NULL parameters.
 */
final class SingleStoreParametersTests {

    @Test
    void nanAsNullGivesATypedNullForNan() {
        Parameter parameter = SingleStoreParameters.nanAsNull(Double.NaN);

        assertThat(parameter.getValue()).isNull();
        assertThat(parameter.getType()).isEqualTo(R2dbcType.DOUBLE);
        assertThat(parameter.getType().getJavaType()).isEqualTo(Double.class);
    }

    @Test
    void nanAsNullKeepsOtherValues() {
        assertThat(SingleStoreParameters.nanAsNull(1.5).getValue()).isEqualTo(1.5);
        assertThat(SingleStoreParameters.nanAsNull(Double.POSITIVE_INFINITY).getValue())
            .isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void infAsNullGivesATypedNullForBothInfinities() {
        assertThat(SingleStoreParameters.infAsNull(Double.POSITIVE_INFINITY).getValue()).isNull();
        assertThat(SingleStoreParameters.infAsNull(Double.NEGATIVE_INFINITY).getValue()).isNull();
        assertThat(SingleStoreParameters.infAsNull(Double.NEGATIVE_INFINITY).getType()).isEqualTo(R2dbcType.DOUBLE);
    }

    @Test
    void infAsNullKeepsOtherValues() {
        assertThat(SingleStoreParameters.infAsNull(-2.0).getValue()).isEqualTo(-2.0);
        assertThat(SingleStoreParameters.infAsNull(Double.NaN).getValue()).isEqualTo(Double.NaN);
    }

    @Test
    void finiteOrNullGivesATypedNullForNanAndInfinities() {
        assertThat(SingleStoreParameters.finiteOrNull(Double.NaN).getValue()).isNull();
        assertThat(SingleStoreParameters.finiteOrNull(Double.NEGATIVE_INFINITY).getValue()).isNull();
        assertThat(SingleStoreParameters.finiteOrNull(0.25).getValue()).isEqualTo(0.25);
    }
}
