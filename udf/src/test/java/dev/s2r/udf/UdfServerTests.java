/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static dev.s2r.udf.TestFunctions.bigint;
import static dev.s2r.udf.TestFunctions.perRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The entry point before it starts: names, accessors, lifecycle errors. No server runs. */
class UdfServerTests {

    @Test
    void twoFunctionsWithOneNameAreRefused() {
        UdfServer.Builder builder = UdfServer.builder()
            .spec(bigint("f", null, perRow(x -> x)))
            .spec(bigint("f", null, perRow(x -> -x)));

        assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("f");
    }

    @Test
    void functionsAreListedAsDeclaredWithoutPrefixOrSuffix() {
        UdfServer server = UdfServer.builder()
            .config(UdfConfig.builder().set(UdfOptions.NAME_PREFIX, "a_").set(UdfOptions.NAME_SUFFIX, "_z").build())
            .spec(bigint("f", null, perRow(x -> x)))
            .build();

        assertThat(server.specs()).singleElement().extracting(f -> f.name()).isEqualTo("f");
    }

    @Test
    void thePortIsUnknownBeforeTheServerStarts() {
        UdfServer server = UdfServer.builder().build();

        assertThatIllegalStateException().isThrownBy(server::port).withMessageContaining("not started");
    }

    @Test
    void theConfiguredUrlIsKnownBeforeTheServerStarts() {
        UdfServer server = UdfServer.builder()
            .config(UdfConfig.builder().set(UdfOptions.URL, "https://udf.example/invoke").build())
            .build();

        assertThat(server.url()).isEqualTo("https://udf.example/invoke");
    }

    @Test
    void shuttingDownAServerNeverStartedDoesNothing() {
        StepVerifier.create(UdfServer.builder().build().shutdown()).verifyComplete();
    }
}
