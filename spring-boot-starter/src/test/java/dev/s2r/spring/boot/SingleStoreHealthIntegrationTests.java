/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code singlestore} health indicator validates a real connection. */
class SingleStoreHealthIntegrationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(R2dbcAutoConfiguration.class,
            SingleStoreHealthAutoConfiguration.class));

    @Test
    void aReachableServerIsUp() {
        TestServer server = TestServers.shared();
        this.runner.withPropertyValues("spring.r2dbc.url=" + server.url()).run(context -> {
            Health health = context.getBean(SingleStoreHealthIndicator.class).health().block(Duration.ofSeconds(30));

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKeys("database", "validationMillis");
        });
    }

    @Test
    void aClosedPortIsDown() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        this.runner.withPropertyValues("spring.r2dbc.url=r2dbc:singlestore://root:pw@127.0.0.1:" + closed + "/")
            .run(context -> {
                Health health = context.getBean(SingleStoreHealthIndicator.class).health()
                    .block(Duration.ofSeconds(30));

                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsKey("error");
            });
    }

    @Test
    void theIndicatorCanBeTurnedOff() {
        this.runner.withPropertyValues("spring.r2dbc.url=r2dbc:singlestore://root:pw@127.0.0.1:1/",
                "management.health.singlestore.enabled=false")
            .run(context -> assertThat(context).doesNotHaveBean(SingleStoreHealthIndicator.class));
    }
}
