/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.api.SingleStoreOptions;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Result options overridden for one pipeline through the Reactor Context.
 */
class ScopedOptionsTests {

    /** What a result-handling operator does: the pipeline's override, else the connection's value. */
    private static Mono<Boolean> nanAsNull(boolean configured) {
        return Mono.deferContextual(context ->
            Mono.just(SingleStoreOptions.resultOption(context, SingleStoreOptions.NAN_AS_NULL, configured)));
    }

    @Test
    void withoutAnOverrideTheConfiguredValueIsUsed() {
        nanAsNull(false)
            .as(StepVerifier::create)
            .expectNext(false)
            .verifyComplete();
    }

    @Test
    void anOverrideAppliesToItsPipelineOnly() {
        Mono<Boolean> overridden = nanAsNull(false).contextWrite(SingleStoreOptions.contextWith("nanAsNull", "yes"));

        Flux.concat(overridden, nanAsNull(false))
            .as(StepVerifier::create)
            .expectNext(true, false)
            .verifyComplete();
    }

    @Test
    void theInnermostOverrideWinsAndPythonNamesWork() {
        nanAsNull(false)
            .contextWrite(SingleStoreOptions.contextWith(SingleStoreOptions.NAN_AS_NULL, false))
            .contextWrite(SingleStoreOptions.contextWith("nan_as_null", true))
            .as(StepVerifier::create)
            .expectNext(false)
            .verifyComplete();
    }

    @Test
    void overridesOfDifferentOptionsAreIndependent() {
        Mono.deferContextual(context -> Mono.just(
                SingleStoreOptions.fromContext(context, SingleStoreOptions.INF_AS_NULL).orElse(null) + "/"
                    + SingleStoreOptions.fromContext(context, SingleStoreOptions.NAN_AS_NULL).isPresent()))
            .contextWrite(SingleStoreOptions.contextWith("infAsNull", "on"))
            .as(StepVerifier::create)
            .expectNext("true/false")
            .verifyComplete();
    }

    @Test
    void onlyResultOptionsCanBeOverriddenAndValuesAreValidatedEagerly() {
        assertThatThrownBy(() -> SingleStoreOptions.contextWith("pipelineLimit", 2))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'pipelineLimit'")
            .hasMessageContaining("nanAsNull");
        assertThatThrownBy(() -> SingleStoreOptions.contextWith("nanAsNull", "perhaps"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'nanAsNull'");
        assertThatThrownBy(() -> SingleStoreOptions.contextWith("noSuchOption", true))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'noSuchOption'");
    }
}
