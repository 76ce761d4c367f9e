/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.udf;

import dev.s2r.udf.api.Udf;

import java.util.Locale;

/** The functions the UDF benchmarks serve: one BIGINT and one TEXT scalar function, both trivial. */
public final class UdfFunctions {

    private UdfFunctions() {
    }

    /**
     * {@code add(BIGINT, BIGINT) RETURNS BIGINT}.
     *
     * @param a the first term
     * @param b the second term
     * @return their sum
     */
    @Udf
    public static long add(long a, long b) {
        return a + b;
    }

    /**
     * {@code upper(TEXT) RETURNS TEXT}.
     *
     * @param text the text
     * @return the text upper-cased, locale-independent
     */
    @Udf
    public static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
