/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.util;

/**
 * Tells whether the optional Apache Arrow dependency is on the class path, without loading any Arrow class.
 */
public final class ArrowSupport {

    private static final boolean AVAILABLE = present("org.apache.arrow.vector.VectorSchemaRoot")
        && present("org.apache.arrow.memory.BufferAllocator");

    private ArrowSupport() {
    }

    /** @return whether {@code arrow-vector} and {@code arrow-memory-core} can be loaded */
    public static boolean isAvailable() {
        return AVAILABLE;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ArrowSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
