/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.dataapi;

import dev.s2r.driver.test.dataapi.DataApiServer;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** URLs and connection factories of the driver's Data API transport, pointed at a {@link DataApiServer}. */
final class DataApiUrls {

    private DataApiUrls() {
    }

    /**
     * @param server the test server
     * @param query  options, {@code key=value&…}, or empty
     * @return {@code r2dbc:singlestore:http(s)://user:password@127.0.0.1:port/database?query}
     */
    static String url(DataApiServer server, String query) {
        return url(server, server.user(), server.password(), query);
    }

    static String url(DataApiServer server, String user, String password, String query) {
        String scheme = server.baseUrl().startsWith("https") ? "https" : "http";
        return "r2dbc:singlestore:" + scheme + "://" + encode(user) + ":" + encode(password) + "@127.0.0.1:"
            + server.port() + "/" + server.database() + (query.isEmpty() ? "" : "?" + query);
    }

    static ConnectionFactory factory(DataApiServer server) {
        return ConnectionFactories.get(url(server, ""));
    }

    static ConnectionFactory factory(DataApiServer server, String query) {
        return ConnectionFactories.get(url(server, query));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
