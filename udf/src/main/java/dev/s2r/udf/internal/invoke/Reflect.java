/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;

/** Method handles of the application's public methods, also in classes that are not themselves public. */
final class Reflect {

    private Reflect() {
    }

    static MethodHandle unreflect(Method method) {
        try {
            method.trySetAccessible();
            return MethodHandles.lookup().unreflect(method);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalArgumentException(method.getDeclaringClass().getName() + "." + method.getName()
                + " is not accessible: declare it in a public class, or open its package to dev.s2r.udf", e);
        }
    }
}
