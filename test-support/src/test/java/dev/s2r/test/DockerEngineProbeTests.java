/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes {@link DockerEngineProbe} believe a Docker engine may be there, on a made-up machine: environment,
 * system properties, home directory and existing files are all given.
 */
class DockerEngineProbeTests {

    private static final Path HOME = Paths.get("/home/dev");

    private static DockerEngineProbe probe(Map<String, String> env, Map<String, String> properties,
                                           Set<Path> files) {
        return new DockerEngineProbe(env::get, properties::get, HOME, files::contains);
    }

    @Test
    void nothingNamesAnEngineOnABareLinuxMachine() {
        DockerEngineProbe probe = probe(Map.of(), Map.of("os.name", "Linux"), Set.of());

        assertThat(probe.configuredEngine()).isEmpty();
        assertThat(probe.isDockerAvailable()).isFalse();
    }

    @Test
    void dockerHostNamesAnEngine() {
        assertThat(probe(Map.of("DOCKER_HOST", "tcp://10.0.0.2:2375"), Map.of(), Set.of()).configuredEngine())
            .contains("DOCKER_HOST");
    }

    @Test
    void theStandardSocketNamesAnEngine() {
        assertThat(probe(Map.of(), Map.of(), Set.of(Paths.get("/var/run/docker.sock"))).configuredEngine())
            .contains("/var/run/docker.sock");
    }

    @Test
    void rootlessSocketUnderTheRuntimeDirectoryNamesAnEngine() {
        DockerEngineProbe probe = probe(Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), Map.of(),
            Set.of(Paths.get("/run/user/1000/docker.sock")));

        assertThat(probe.configuredEngine()).contains("/run/user/1000/docker.sock");
    }

    @Test
    void dockerDesktopSocketInTheHomeDirectoryNamesAnEngine() {
        assertThat(probe(Map.of(), Map.of(), Set.of(HOME.resolve(".docker/desktop/docker.sock"))).configuredEngine())
            .contains("/home/dev/.docker/desktop/docker.sock");
    }

    @Test
    void windowsIsLeftToTestcontainersBecauseNamedPipesAreNotFiles() {
        assertThat(probe(Map.of(), Map.of("os.name", "Windows 11"), Set.of()).configuredEngine()).isPresent();
    }

    @Test
    void testcontainersPropertiesNamingAHostNameAnEngine(@TempDir Path home) throws IOException {
        Path file = Files.writeString(home.resolve(".testcontainers.properties"), "tc.host=tcp://127.0.0.1:4000\n");
        DockerEngineProbe probe = new DockerEngineProbe(name -> null, name -> null, home, Files::exists);

        assertThat(probe.configuredEngine()).contains(file + " tc.host");
    }

    @Test
    void testcontainersPropertiesWithoutAnEngineNameNothing(@TempDir Path home) throws IOException {
        Files.writeString(home.resolve(".testcontainers.properties"), "testcontainers.reuse.enable=true\n");
        DockerEngineProbe probe = new DockerEngineProbe(name -> null, name -> null, home, Files::exists);

        assertThat(probe.configuredEngine()).isEmpty();
    }
}
