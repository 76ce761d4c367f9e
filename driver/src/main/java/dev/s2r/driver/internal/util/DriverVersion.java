/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.util;

/** The driver's version, as its jar's manifest says, for connection attributes and the Data API's User-Agent. */
public final class DriverVersion {

    /** The version, e.g. {@code 0.1.0}; {@code 0.1.0-SNAPSHOT} when run from classes without a manifest. */
    public static final String VALUE = versionOf();

    private DriverVersion() {
    }

    private static String versionOf() {
        String version = DriverVersion.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }
}
