/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import dev.s2r.management.SingleStoreManagement;
import dev.s2r.driver.api.SingleStoreOptions;
import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.web.reactive.function.server.RouterFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Which beans each auto-configuration contributes, in contexts that start no server. */
class AutoConfigurationConditionsTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SingleStoreManagementAutoConfiguration.class,
            SingleStoreR2dbcAutoConfiguration.class, UdfAutoConfiguration.class));

    @Test
    void theManagementClientIsABeanWhenATokenIsConfigured() {
        this.runner.withPropertyValues("s2r.management.token=abc", "s2r.management.base-url=http://127.0.0.1:9")
            .run(context -> assertThat(context).hasSingleBean(SingleStoreManagement.class));
    }

    @Test
    void theManagementClientIsABeanWhenTheManagementTokenVariableIsSet() {
        this.runner.withPropertyValues("SINGLESTOREDB_MANAGEMENT_TOKEN=abc")
            .run(context -> assertThat(context).hasSingleBean(SingleStoreManagement.class));
    }

    @Test
    void withoutATokenThereIsNoManagementClient() {
        this.runner.run(context -> assertThat(context).doesNotHaveBean(SingleStoreManagement.class));
    }

    @Test
    void theObservationRegistryBecomesTheDriversOption() {
        ObservationRegistry registry = ObservationRegistry.create();
        this.runner.withBean(ObservationRegistry.class, () -> registry).run(context -> {
            ConnectionFactoryOptions.Builder builder = ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "singlestore");
            context.getBean(ConnectionFactoryOptionsBuilderCustomizer.class).customize(builder);
            assertThat(builder.build().getValue(SingleStoreOptions.OBSERVATION_REGISTRY)).isSameAs(registry);
        });
    }

    @Test
    void anotherDriversOptionsAreLeftAlone() {
        this.runner.withBean(ObservationRegistry.class, ObservationRegistry::create).run(context -> {
            ConnectionFactoryOptions.Builder builder = ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "h2");
            context.getBean(ConnectionFactoryOptionsBuilderCustomizer.class).customize(builder);
            assertThat(builder.build().getValue(SingleStoreOptions.OBSERVATION_REGISTRY)).isNull();
        });
    }

    @Test
    void theUdfRoutesNeedAReactiveWebApplication() {
        this.runner.run(context -> assertThat(context).doesNotHaveBean(RouterFunction.class));
    }

    @Test
    void aReactiveWebApplicationGetsTheUdfRoutes() {
        new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(UdfAutoConfiguration.class))
            .run(context -> assertThat(context).hasSingleBean(RouterFunction.class));
    }

    @Test
    void theUdfRoutesCanBeTurnedOff() {
        new ReactiveWebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(UdfAutoConfiguration.class))
            .withPropertyValues("s2r.udf.enabled=false")
            .run(context -> assertThat(context).doesNotHaveBean(RouterFunction.class));
    }
}
