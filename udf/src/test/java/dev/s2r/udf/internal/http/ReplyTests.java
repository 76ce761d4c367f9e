/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import dev.s2r.udf.internal.batch.MalformedBatchException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The statuses and texts of replies (python-sdk-audit.md "External functions"). */
class ReplyTests {

    @Test
    void aTimeoutNamesWholeSecondsAsAnInteger() {
        assertThat(Reply.timedOut(Duration.ofSeconds(86_400)).text())
            .isEqualTo("TimeoutError: Function call timed out after 86400 seconds");
        assertThat(Reply.timedOut(Duration.ofMillis(2500)).text()).endsWith("after 2.5 seconds");
    }

    @Test
    void aFailureIsItsClassAndMessage() {
        assertThat(Reply.failed(new IllegalArgumentException("bad x")).text())
            .isEqualTo("IllegalArgumentException: bad x");
        assertThat(Reply.failed(new NullPointerException()).text()).isEqualTo("NullPointerException");
        assertThat(Reply.failed(new IllegalStateException()).status().code()).isEqualTo(500);
    }

    @Test
    void requestErrorsAre413And400() {
        assertThat(Reply.ofRequestError(new BodyTooLargeException(10), 10).status().code()).isEqualTo(413);
        assertThat(Reply.ofRequestError(new BodyTooLargeException(10), 10).close()).isTrue();
        Reply malformed = Reply.ofRequestError(new MalformedBatchException("row 3 truncated"), 10);
        assertThat(malformed.status().code()).isEqualTo(400);
        assertThat(malformed.text()).isEqualTo("row 3 truncated");
    }

    @Test
    void cancellationIs503WithThePythonServersText() {
        assertThat(Reply.cancelled().status().code()).isEqualTo(503);
        assertThat(Reply.cancelled().text()).isEqualTo("CancelledError: Function call was cancelled");
    }
}
