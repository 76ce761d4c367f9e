/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.client;

import dev.s2r.driver.api.ServerFlavor;

/**
 * Tells the server flavour from the handshake version string, as far as the handshake allows.
 */
public final class ServerFlavorDetector {

    private ServerFlavorDetector() {
    }

    /**
     * @param serverVersion the handshake version string
     * @return {@link ServerFlavor#MARIADB} when the string names MariaDB; {@link ServerFlavor#MYSQL} for a MySQL 8
     * or later version; otherwise {@code null}, meaning SingleStore or MySQL 5.x (SingleStore reports a 5.7
     * version), which only a query can tell apart
     */
    public static ServerFlavor fromHandshake(String serverVersion) {
        if (serverVersion.contains("MariaDB")) {
            return ServerFlavor.MARIADB;
        }
        if (!serverVersion.isEmpty() && serverVersion.charAt(0) >= '8' && serverVersion.charAt(0) <= '9') {
            return ServerFlavor.MYSQL;
        }
        return null;
    }

    /**
     * @param serverVersion the handshake version string, e.g. {@code 5.5.5-10.11.5-MariaDB-log}
     * @return the version without MariaDB's replication prefix and suffixes, e.g. {@code 10.11.5}
     */
    public static String cleanVersion(String serverVersion) {
        String version = serverVersion;
        if (version.startsWith("5.5.5-")) {
            version = version.substring(6);
        }
        int end = 0;
        while (end < version.length() && (Character.isDigit(version.charAt(end)) || version.charAt(end) == '.')) {
            end++;
        }
        return end == 0 ? version : version.substring(0, end);
    }
}
