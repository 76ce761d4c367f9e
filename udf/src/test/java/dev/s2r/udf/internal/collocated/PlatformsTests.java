/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Where collocated mode refuses to start, and why. */
class PlatformsTests {

    private final ClassLoader withJna = PlatformsTests.class.getClassLoader();

    @Test
    void linuxOnX8664WithJnaIsSupported() {
        assertThat(Platforms.unsupported("Linux", "amd64", this.withJna)).isNull();
    }

    @Test
    void linuxOnAarch64WithJnaIsSupported() {
        assertThat(Platforms.unsupported("Linux", "aarch64", this.withJna)).isNull();
    }

    @Test
    void anotherSystemIsNamedInTheRefusal() {
        assertThat(Platforms.unsupported("Mac OS X", "aarch64", this.withJna))
            .startsWith("collocated mode needs Linux").contains("Mac OS X");
    }

    @Test
    void aThirtyTwoBitOrOtherArchitectureIsRefused() {
        assertThat(Platforms.unsupported("Linux", "x86", this.withJna)).contains("not x86");
    }

    @Test
    void aMissingJnaNamesTheDependencyToAdd() throws Exception {
        try (URLClassLoader withoutJna = new URLClassLoader(new URL[0], null)) {
            assertThat(Platforms.unsupported("Linux", "amd64", withoutJna)).contains("net.java.dev.jna:jna");
        }
    }
}
