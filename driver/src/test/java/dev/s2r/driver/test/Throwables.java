/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Helpers for asserting on exceptions.
 */
public final class Throwables {

    private Throwables() {
    }

    /**
     * @param e an exception
     * @return its printed stack trace, causes and suppressed exceptions included: what a log would show, for
     * checking that a secret appears nowhere in it
     */
    public static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
