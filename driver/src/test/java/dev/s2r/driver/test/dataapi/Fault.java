/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import java.time.Duration;

/**
 * A fault a test arms for one future API request (see {@link DataApiServer}).
 *
 * @param kind        what goes wrong
 * @param rows        for {@link Kind#LATE_ERROR}, {@link Kind#CUT} and {@link Kind#STALL}: the rows sent before it
 * @param code        for {@link Kind#LATE_ERROR}: the error code; for {@link Kind#HTML}: the HTTP status
 * @param text        for {@link Kind#LATE_ERROR}: the message; for {@link Kind#CONTENT_TYPE}: the content type
 * @param delay       for {@link Kind#DELAY}: how long the answer waits
 */
record Fault(Kind kind, long rows, int code, String text, Duration delay) {

    /** What goes wrong. */
    enum Kind {
        /** The answer's body ends with an {@code "error"} object after some rows. */
        LATE_ERROR,
        /** The connection is closed in the middle of a row. */
        CUT,
        /** The answer stops in the middle of a row and the connection stays open, silent. */
        STALL,
        /** A proxy answers with an HTML page instead of the service. */
        HTML,
        /** The answer starts only after a delay. */
        DELAY,
        /** A successful answer carries another content type. */
        CONTENT_TYPE
    }

    static Fault lateError(long rows, int code, String message) {
        return new Fault(Kind.LATE_ERROR, rows, code, message, Duration.ZERO);
    }

    static Fault cut(long rows) {
        return new Fault(Kind.CUT, rows, 0, null, Duration.ZERO);
    }

    static Fault stall(long rows) {
        return new Fault(Kind.STALL, rows, 0, null, Duration.ZERO);
    }

    static Fault html(int status) {
        return new Fault(Kind.HTML, 0, status, null, Duration.ZERO);
    }

    static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 0, 0, null, delay);
    }

    static Fault contentType(String contentType) {
        return new Fault(Kind.CONTENT_TYPE, 0, 0, contentType, Duration.ZERO);
    }

    boolean is(Kind other) {
        return this.kind == other;
    }
}
