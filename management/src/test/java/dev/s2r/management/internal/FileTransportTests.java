/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which redirects keep the token: only those to the API's own origin. */
final class FileTransportTests {

    @Test
    void theSameSchemeHostAndPortIsTheSameOrigin() {
        assertThat(FileTransport.sameOrigin("https://API.singlestore.com/v1/x", "https://api.singlestore.com"))
            .isTrue();
        assertThat(FileTransport.sameOrigin("https://api.singlestore.com:443/x", "https://api.singlestore.com"))
            .isTrue();
    }

    @Test
    void anotherHostPortOrSchemeIsAnotherOrigin() {
        assertThat(FileTransport.sameOrigin("https://bucket.s3.amazonaws.com/f?sig=1", "https://api.singlestore.com"))
            .isFalse();
        assertThat(FileTransport.sameOrigin("https://api.singlestore.com:8443/x", "https://api.singlestore.com"))
            .isFalse();
        assertThat(FileTransport.sameOrigin("http://api.singlestore.com/x", "https://api.singlestore.com"))
            .isFalse();
    }

    @Test
    void anUnreadableUrlIsNoOrigin() {
        assertThat(FileTransport.sameOrigin("not a url", "https://api.singlestore.com")).isFalse();
        assertThat(FileTransport.sameOrigin("/relative", "https://api.singlestore.com")).isFalse();
    }
}
