/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bearer-token check. */
class BearerAuthTests {

    @Test
    void withoutATokenEveryRequestIsAccepted() {
        assertThat(BearerAuth.of(null).accepts(null)).isTrue();
        assertThat(BearerAuth.of("").required()).isFalse();
    }

    @Test
    void onlyTheBearerTokenIsAccepted() {
        BearerAuth auth = BearerAuth.of("s3cret");

        assertThat(auth.accepts("Bearer s3cret")).isTrue();
        assertThat(auth.accepts("bearer s3cret")).isTrue();
        assertThat(auth.accepts("Bearer s3cre")).isFalse();
        assertThat(auth.accepts("Bearer s3cret2")).isFalse();
        assertThat(auth.accepts("Basic s3cret")).isFalse();
        assertThat(auth.accepts(null)).isFalse();
    }

    @Test
    void itsTextNeverShowsTheToken() {
        assertThat(BearerAuth.of("s3cret").toString()).doesNotContain("s3cret");
    }
}
