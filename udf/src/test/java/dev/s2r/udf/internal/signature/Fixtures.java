/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.internal.function.FunctionSpec;

import java.lang.reflect.Method;
import java.util.Arrays;

/** Finds the fixture methods of test classes by name. */
final class Fixtures {

    private Fixtures() {
    }

    static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError("no method " + name + " in " + type));
    }

    static FunctionSpec spec(Class<?> type, String name) {
        return Signatures.of(method(type, name), null);
    }
}
