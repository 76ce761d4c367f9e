/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.collocated;

import java.util.Locale;

/**
 * Whether collocated mode can run here: 64-bit Linux on x86_64 or aarch64 (the layouts {@link LibC} and
 * {@link FdMessage} assume), with JNA on the class path. Touches no JNA class, so it answers even without JNA.
 */
final class Platforms {

    private Platforms() {
    }

    /**
     * @param osName the {@code os.name} system property
     * @param osArch the {@code os.arch} system property
     * @param loader where JNA would be
     * @return why collocated mode cannot run, or {@code null} when it can
     */
    static String unsupported(String osName, String osArch, ClassLoader loader) {
        if (osName == null || !osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return "collocated mode needs Linux: the engine passes memfd descriptors over a Unix socket (this is "
                + osName + ")";
        }
        if (!"amd64".equals(osArch) && !"x86_64".equals(osArch) && !"aarch64".equals(osArch)) {
            return "collocated mode supports Linux on x86_64 and aarch64, not " + osArch;
        }
        try {
            Class.forName("com.sun.jna.Native", false, loader);
        }
        catch (ClassNotFoundException | LinkageError ex) {
            return "collocated mode needs JNA on the class path: add net.java.dev.jna:jna (an optional dependency "
                + "of s2r-udf)";
        }
        return null;
    }

    /** @return why collocated mode cannot run in this JVM, or {@code null} when it can */
    static String unsupported() {
        return unsupported(System.getProperty("os.name"), System.getProperty("os.arch"),
            Platforms.class.getClassLoader());
    }
}
