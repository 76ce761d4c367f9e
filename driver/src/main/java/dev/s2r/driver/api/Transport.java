/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import java.util.Locale;

/**
 * How the driver talks to the server: the MySQL wire protocol, or SingleStore's Data API (SQL over HTTP, answers
 * in JSON). The URL picks it: {@code r2dbc:singlestore://} is the MySQL protocol, {@code r2dbc:singlestore:http://}
 * and {@code r2dbc:singlestore:https://} (or {@code http://}, {@code https://}, {@code singlestoredb+https://} in
 * {@code SINGLESTOREDB_URL}) the Data API; the R2DBC API is the same either way.
 */
public enum Transport {

    /** The MySQL wire protocol over TCP or a Unix domain socket (the default). */
    MYSQL,

    /** The Data API over plain HTTP (port 80 by default). */
    HTTP,

    /** The Data API over HTTPS (port 443 by default). */
    HTTPS;

    /** @return whether this is the Data API */
    public boolean isDataApi() {
        return this != MYSQL;
    }

    /**
     * @param text {@code mysql}, {@code http} or {@code https} (also the Python SDK's {@code pymysql}), any case
     * @return the transport
     * @throws IllegalArgumentException for any other text
     */
    public static Transport parse(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        if (name.equals("pymysql")) {
            return MYSQL;
        }
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown transport '" + text + "'; expected mysql, http or https");
        }
    }
}
