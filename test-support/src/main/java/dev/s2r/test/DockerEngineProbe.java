/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Tells whether a Docker engine is reachable without making Testcontainers log an error when none is.
 *
 * <p>When Testcontainers finds no Docker engine it logs an ERROR with every strategy it tried. To keep a machine
 * without Docker quiet, this probe first looks, without any I/O beyond checking files, for something that names an
 * engine: the {@code DOCKER_HOST} environment variable or system property, a {@code TESTCONTAINERS_*} environment
 * variable, an engine named in {@code ~/.testcontainers.properties} ({@code docker.host}, {@code tc.host},
 * {@code docker.client.strategy}), one of the Docker sockets Testcontainers and the common Docker distributions use,
 * or Windows (named pipes cannot be seen as files). Only then does it ask Testcontainers, which may still log when
 * the named engine does not answer: that is a broken set-up worth reporting.
 */
final class DockerEngineProbe {

    private final UnaryOperator<String> env;
    private final UnaryOperator<String> properties;
    private final Path home;
    private final Predicate<Path> exists;

    /**
     * Creates a probe over the given view of the machine, for tests.
     *
     * @param env        environment variables by name ({@code null} when unset)
     * @param properties system properties by name ({@code null} when unset)
     * @param home       the user's home directory
     * @param exists     whether a file exists
     */
    DockerEngineProbe(UnaryOperator<String> env, UnaryOperator<String> properties, Path home, Predicate<Path> exists) {
        this.env = env;
        this.properties = properties;
        this.home = home;
        this.exists = exists;
    }

    /** @return a probe of this machine */
    static DockerEngineProbe system() {
        Map<String, String> variables = System.getenv();
        return new DockerEngineProbe(variables::get, System::getProperty,
            Paths.get(System.getProperty("user.home", ".")), Files::exists);
    }

    /**
     * Looks for something that names a Docker engine, without contacting one.
     *
     * @return what names an engine (such as {@code DOCKER_HOST} or a socket's path), or empty when nothing does
     */
    Optional<String> configuredEngine() {
        for (String name : List.of("DOCKER_HOST", "DOCKER_CONTEXT")) {
            if (isSet(env.apply(name)) || isSet(properties.apply(name))) {
                return Optional.of(name);
            }
        }
        String os = properties.apply("os.name");
        if (os != null && os.toLowerCase(Locale.ROOT).startsWith("windows")) {
            return Optional.of("Windows named pipe");
        }
        Optional<String> fromConfiguration = testcontainersConfiguration();
        if (fromConfiguration.isPresent()) {
            return fromConfiguration;
        }
        return sockets().stream().filter(exists).findFirst().map(Path::toString);
    }

    /**
     * Asks Testcontainers whether the Docker engine answers, when something names one.
     *
     * @return whether Testcontainers can use a Docker engine; never throws
     */
    boolean isDockerAvailable() {
        if (configuredEngine().isEmpty()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    /** @return why no engine was found, for a message: which places were looked at */
    String absenceReason() {
        return "no Docker engine found: DOCKER_HOST unset, no Docker socket";
    }

    private Optional<String> testcontainersConfiguration() {
        String[] variables = {"TESTCONTAINERS_DOCKER_HOST", "TESTCONTAINERS_TC_HOST",
            "TESTCONTAINERS_DOCKER_CLIENT_STRATEGY"};
        for (String name : variables) {
            if (isSet(env.apply(name))) {
                return Optional.of(name);
            }
        }
        Path file = home.resolve(".testcontainers.properties");
        if (!exists.test(file)) {
            return Optional.empty();
        }
        Properties loaded = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            loaded.load(in);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.of(file.toString());
        }
        for (String key : List.of("docker.host", "tc.host", "docker.client.strategy")) {
            if (isSet(loaded.getProperty(key))) {
                return Optional.of(file + " " + key);
            }
        }
        return Optional.empty();
    }

    /** @return the sockets of Docker Engine, rootless Docker, Docker Desktop, Rancher Desktop, Colima, OrbStack */
    List<Path> sockets() {
        List<Path> sockets = new ArrayList<>();
        sockets.add(Paths.get("/var/run/docker.sock"));
        sockets.add(Paths.get("/run/docker.sock"));
        String runtime = env.apply("XDG_RUNTIME_DIR");
        if (isSet(runtime)) {
            sockets.add(Paths.get(runtime, "docker.sock"));
            sockets.add(Paths.get(runtime, ".docker", "run", "docker.sock"));
        }
        sockets.add(home.resolve(".docker/run/docker.sock"));
        sockets.add(home.resolve(".docker/desktop/docker.sock"));
        sockets.add(home.resolve(".rd/docker.sock"));
        sockets.add(home.resolve(".colima/default/docker.sock"));
        sockets.add(home.resolve(".colima/docker.sock"));
        sockets.add(home.resolve(".orbstack/run/docker.sock"));
        return sockets;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
