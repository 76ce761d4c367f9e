/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactoryState;
import org.testcontainers.containers.wait.strategy.DockerHealthcheckWaitStrategy;

import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How {@link SingleStoreContainer} configures the dev image (singlestore-server.md §6: ports 3306, 9000, 8080 and
 * 27017, {@code ROOT_PASSWORD}, {@code SINGLESTORE_LICENSE}, {@code SINGLESTORE_SET_GLOBAL_<VAR>}, {@code ENABLE_KAI},
 * {@code /init.sql}, the image's health check), checked on containers that are configured but never started: no
 * Docker engine is needed, or contacted.
 */
class SingleStoreContainerTests {

    private static final DockerEngineProbe NO_ENGINE =
        new DockerEngineProbe(name -> null, name -> null, Paths.get("/nonexistent-home"), path -> false);

    private static SingleStoreContainer configured(SingleStoreContainer container) {
        container.configure();
        return container;
    }

    private static SingleStoreContainer container() {
        return new SingleStoreContainer(SingleStoreContainer.DEFAULT_IMAGE, NO_ENGINE);
    }

    @Test
    void constructingAndConfiguringNeverAsksTestcontainersForADockerClient() {
        SingleStoreContainer container = configured(new SingleStoreContainer().withKai(true).withDatabase("d"));

        assertThat(container.getEnvMap()).containsKey("ROOT_PASSWORD");
        assertThat(DockerClientFactoryState.dockerWasProbed()).isFalse();
    }

    @Test
    void exposesTheSqlAndDataApiPortsByDefault() {
        assertThat(configured(container()).getExposedPorts()).containsExactly(3306, 9000);
    }

    @Test
    void dataApiCanBeLeftUnexposed() {
        assertThat(configured(container().withDataApi(false)).getExposedPorts()).containsExactly(3306);
    }

    @Test
    void studioExposesPort8080() {
        assertThat(configured(container().withStudio(true)).getExposedPorts()).containsExactly(3306, 9000, 8080);
    }

    @Test
    void portsTheCallerExposedAreKept() {
        SingleStoreContainer container = container().withDataApi(false);
        container.withExposedPorts(9000, 3307);

        assertThat(configured(container).getExposedPorts()).containsExactly(3306, 3307);
    }

    @Test
    void kaiIsEnabledThroughItsVariableAndExposesPort27017() {
        SingleStoreContainer container = configured(container().withKai(true));

        assertThat(container.getExposedPorts()).containsExactly(3306, 9000, 27017);
        assertThat(container.getEnvMap()).containsEntry("ENABLE_KAI", "1");
    }

    @Test
    void kaiIsOffByDefault() {
        assertThat(configured(container()).getEnvMap()).doesNotContainKey("ENABLE_KAI");
    }

    @Test
    void rootPasswordGoesToTheImagesVariable() {
        assertThat(configured(container().withRootPassword("s3cret")).getEnvMap())
            .containsEntry("ROOT_PASSWORD", "s3cret");
    }

    @Test
    void rootPasswordIsRandomByDefault() {
        String first = configured(container()).getEnvMap().get("ROOT_PASSWORD");
        String second = configured(container()).getEnvMap().get("ROOT_PASSWORD");

        assertThat(first).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(second);
    }

    @Test
    void passwordsTheImageCannotTakeAreRefused() {
        assertThatThrownBy(() -> container().withRootPassword("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> container().withRootPassword("two words"))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void licenseGoesToTheImagesVariable() {
        assertThat(configured(container().withLicense("LICENSE-KEY")).getEnvMap())
            .containsEntry("SINGLESTORE_LICENSE", "LICENSE-KEY");
    }

    @Test
    void withoutLicenseTheImageKeepsItsOwn() {
        assertThat(configured(container().withLicense("")).getEnvMap()).doesNotContainKey("SINGLESTORE_LICENSE");
    }

    @Test
    void globalVariablesBecomeSetGlobalVariablesInUpperCase() {
        SingleStoreContainer container = configured(container()
            .withGlobalVariable("default_partitions_per_leaf", "1")
            .withGlobalVariable("Log_File_Size_Partitions", "1048576"));

        assertThat(container.getEnvMap())
            .containsEntry("SINGLESTORE_SET_GLOBAL_DEFAULT_PARTITIONS_PER_LEAF", "1")
            .containsEntry("SINGLESTORE_SET_GLOBAL_LOG_FILE_SIZE_PARTITIONS", "1048576");
    }

    @Test
    void globalVariableNamesThatCannotBeVariablesAreRefused() {
        assertThatThrownBy(() -> container().withGlobalVariable("a-b", "1"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a-b");
    }

    @Test
    void initScriptCreatesTheDatabaseBeforeTheCallersSql() {
        SingleStoreContainer container = container().withDatabase("shop")
            .withInitSql("CREATE TABLE shop.t (id INT);")
            .withInitSql("INSERT INTO shop.t VALUES (1);");

        assertThat(container.initScript()).isEqualTo("CREATE DATABASE IF NOT EXISTS `shop`;\n"
            + "CREATE TABLE shop.t (id INT);\nINSERT INTO shop.t VALUES (1);\n");
    }

    @Test
    void withoutDatabaseOrInitSqlThereIsNoInitScript() {
        assertThat(container().initScript()).isEmpty();
    }

    @Test
    void runsTheImagesOwnCommand() {
        assertThat(configured(container()).getCommandParts()).isEmpty();
    }

    @Test
    void waitsForTheImagesHealthCheck() {
        assertThat(container().waitStrategy()).isInstanceOf(DockerHealthcheckWaitStrategy.class);
    }

    @Test
    void urlsComeFromTheHostAndTheMappedPorts() {
        SingleStoreContainer container = container().withRootPassword("pw").withDatabase("shop");

        SingleStoreEndpoints endpoints = container.endpoints("docker.host", 40001, 40002, 40003, 40004);

        assertThat(endpoints.r2dbcUrl()).isEqualTo("r2dbc:singlestore://root:pw@docker.host:40001/shop");
        assertThat(endpoints.dataApiR2dbcUrl()).isEqualTo("r2dbc:singlestore:http://root:pw@docker.host:40002/shop");
    }

    @Test
    void urlsOfPortsLeftUnexposedAreRefused() {
        SingleStoreEndpoints endpoints = container().withDataApi(false).endpoints("h", 1, 2, 3, 4);

        assertThatThrownBy(endpoints::dataApiBaseUrl).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(endpoints::kaiUri).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toStringNamesTheImageButNotThePassword() {
        SingleStoreContainer container = container().withRootPassword("hunter2-secret").withDatabase("shop");

        assertThat(container.toString())
            .contains("ghcr.io/singlestore-labs/singlestoredb-dev:latest", "shop")
            .doesNotContain("hunter2-secret");
    }

    @Test
    void startingWhereNothingNamesADockerEngineFailsWithTheReason() {
        assertThatThrownBy(() -> container().start())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("no Docker engine found");
    }
}
