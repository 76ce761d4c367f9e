/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import java.lang.reflect.AccessibleObject;

/**
 * Reflection helpers for the row mappers.
 */
final class Reflection {

    private Reflection() {
    }

    /**
     * Lets the mappers call constructors and setters of types the driver cannot otherwise access (a package-private
     * record, say). Where the module system refuses, the member is left as it is and a call fails with a clear
     * {@link IllegalAccessException} later.
     *
     * @param member a constructor or method
     */
    static void makeAccessible(AccessibleObject member) {
        try {
            member.setAccessible(true);
        } catch (RuntimeException e) {
            // InaccessibleObjectException or SecurityException: only public members of exported types will work
        }
    }
}
