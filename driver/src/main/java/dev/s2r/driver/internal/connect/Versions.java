/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.connect;

/**
 * Compares dotted server versions such as {@code 10.11.5} or {@code 8.7.12}.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * @param version a version string; digits are read up to the first character that is neither digit nor dot
     * @param major   the minimum major version
     * @param minor   the minimum minor version
     * @param patch   the minimum patch version
     * @return whether {@code version} is at least {@code major.minor.patch}
     */
    public static boolean atLeast(String version, int major, int minor, int patch) {
        int[] parts = parse(version);
        int[] wanted = {major, minor, patch};
        for (int i = 0; i < 3; i++) {
            if (parts[i] != wanted[i]) {
                return parts[i] > wanted[i];
            }
        }
        return true;
    }

    static int[] parse(String version) {
        int[] parts = new int[3];
        int part = 0;
        for (int i = 0; i < version.length() && part < 3; i++) {
            char c = version.charAt(i);
            if (c == '.') {
                part++;
            } else if (c >= '0' && c <= '9') {
                parts[part] = parts[part] * 10 + (c - '0');
            } else {
                break;
            }
        }
        return parts;
    }
}
