/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import java.util.Objects;

/**
 * The addresses of a running SingleStore dev container as seen from the test JVM: the host and the host ports mapped
 * to the container's SQL, Data API, Studio and Kai ports, with the root account's credentials. It builds the URLs
 * that {@link SingleStoreContainer} hands out, and knows nothing about Docker, so they can be checked without one.
 *
 * @param host        the host name or address the mapped ports listen on (IPv6 without brackets)
 * @param sqlPort     the host port of the MySQL protocol (container port 3306)
 * @param dataApiPort the host port of the Data API (container port 9000), or {@code 0} when it is not exposed
 * @param studioPort  the host port of Studio (container port 8080), or {@code 0} when it is not exposed
 * @param kaiPort     the host port of Kai, the MongoDB API (container port 27017), or {@code 0} when it is off
 * @param user        the SQL user, {@code root}
 * @param password    the user's password
 * @param database    the database the URLs name, or {@code null}
 */
record SingleStoreEndpoints(String host, int sqlPort, int dataApiPort, int studioPort, int kaiPort, String user,
                            String password, String database) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException when host, user or password is {@code null}
     */
    SingleStoreEndpoints {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** @return {@code r2dbc:singlestore://user:password@host:sqlPort/database}, user and password percent-encoded */
    String r2dbcUrl() {
        return "r2dbc:singlestore://" + credentials() + authority(sqlPort) + path();
    }

    /**
     * @return {@code r2dbc:singlestore:http://user:password@host:dataApiPort/database}, the driver's Data API transport
     * @throws IllegalStateException when the Data API port is not exposed
     */
    String dataApiR2dbcUrl() {
        return "r2dbc:singlestore:http://" + credentials() + authority(require(dataApiPort, "Data API", "withDataApi"))
            + path();
    }

    /**
     * @return {@code http://host:dataApiPort}, the base of the Data API's endpoints ({@code /api/v2/query/rows} …)
     * @throws IllegalStateException when the Data API port is not exposed
     */
    String dataApiBaseUrl() {
        return "http://" + authority(require(dataApiPort, "Data API", "withDataApi"));
    }

    /** @return {@code jdbc:singlestore://host:sqlPort/database}, without credentials */
    String jdbcUrl() {
        return "jdbc:singlestore://" + authority(sqlPort) + path();
    }

    /**
     * @return {@code http://host:studioPort}
     * @throws IllegalStateException when Studio's port is not exposed
     */
    String studioUrl() {
        return "http://" + authority(require(studioPort, "Studio", "withStudio"));
    }

    /**
     * @return {@code mongodb://user:password@host:kaiPort/?authMechanism=PLAIN&loadBalanced=true}, the form the
     * SingleStore Python SDK's Docker helper gives (python-sdk-driver.md §9.3)
     * @throws IllegalStateException when Kai is off
     */
    String kaiUri() {
        return "mongodb://" + credentials() + authority(require(kaiPort, "Kai", "withKai"))
            + "/?authMechanism=PLAIN&loadBalanced=true";
    }

    @Override
    public String toString() {
        return "SingleStoreEndpoints[" + user + "@" + authority(sqlPort) + path() + "]";
    }

    private String credentials() {
        return TestServerUrl.encode(user) + (password.isEmpty() ? "" : ":" + TestServerUrl.encode(password)) + "@";
    }

    private String authority(int port) {
        String h = host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        return h + ":" + port;
    }

    private String path() {
        return "/" + (database == null ? "" : TestServerUrl.encode(database));
    }

    private static int require(int port, String what, String option) {
        if (port <= 0) {
            throw new IllegalStateException(what + " is not enabled on this container; enable it with " + option
                + "(true) before starting it");
        }
        return port;
    }
}
