/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver;

import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import reactor.core.publisher.Flux;

/**
 * Calls {@code toArrow} the way compiled user code does, for {@link ArrowAbsentTests}, which loads this class where
 * no Arrow class is visible (reflection on {@code toArrow} itself would need the Arrow types of its signature).
 */
public final class ArrowAbsentProbe {

    private ArrowAbsentProbe() {
    }

    /**
     * @return the message of the {@link IllegalStateException} that {@code toArrow} throws, or a description of
     * what happened instead
     */
    public static String callToArrow() {
        dev.s2r.driver.api.SingleStoreResult result = SingleStoreResult.of(Flux.empty(), DefaultCodecs.create(),
            CodecContext.defaults(), "SELECT 1", null);
        try {
            result.toArrow(null, 1);
            return "no exception";
        } catch (IllegalStateException e) {
            return e.getMessage();
        } catch (RuntimeException | LinkageError e) {
            return "unexpected " + e;
        }
    }
}
