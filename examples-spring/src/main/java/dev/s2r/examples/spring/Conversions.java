/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples.spring;

import dev.s2r.udf.api.Udf;

/**
 * An external function of SingleStore, served by s2r-spring-boot-starter on the application's own port
 * ({@code POST /invoke}): once registered, {@code SELECT fahrenheit(celsius) FROM ...} calls this service.
 */
public class Conversions {

    /**
     * {@code fahrenheit(celsius DOUBLE NOT NULL) RETURNS DOUBLE NOT NULL}.
     *
     * @param celsius a temperature in degrees Celsius
     * @return the same temperature in degrees Fahrenheit
     */
    @Udf(summary = "converts degrees Celsius to degrees Fahrenheit")
    public double fahrenheit(double celsius) {
        return celsius * 9 / 5 + 32;
    }
}
