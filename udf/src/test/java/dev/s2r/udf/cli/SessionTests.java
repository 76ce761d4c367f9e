/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.cli;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The run's order of events, with a recording server and registrar standing in for the real ones. */
class SessionTests {

    private static final String URL = "http://127.0.0.1:8123/invoke";

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final ConnectionFactory connections = new ConnectionFactory() {
        @Override
        public Publisher<? extends io.r2dbc.spi.Connection> create() {
            return Mono.error(new UnsupportedOperationException("the recording registrar never connects"));
        }

        @Override
        public ConnectionFactoryMetadata getMetadata() {
            return () -> "none";
        }
    };

    private FunctionServer.Launcher launcher() {
        return (config, functions) -> Mono.fromSupplier(() -> {
            this.events.add("start " + functions);
            return new FunctionServer() {
                @Override
                public String url() {
                    return URL;
                }

                @Override
                public List<FunctionSpec> functions() {
                    return List.of();
                }

                @Override
                public Mono<Void> shutdown() {
                    return Mono.fromRunnable(() -> SessionTests.this.events.add("shutdown"));
                }
            };
        });
    }

    private Session.Registrar registrar(boolean failRegister, boolean failUnregister) {
        return new Session.Registrar() {
            @Override
            public Mono<Void> register(ConnectionFactory factory, List<FunctionSpec> functions, UdfConfig config,
                                       String endpoint, boolean replace) {
                SessionTests.this.events.add("register " + endpoint + " replace=" + replace);
                return failRegister ? Mono.error(new IllegalStateException("engine said no")) : Mono.empty();
            }

            @Override
            public Mono<Void> unregister(ConnectionFactory factory, String endpoint, UdfConfig config) {
                SessionTests.this.events.add("unregister " + endpoint);
                return failUnregister ? Mono.error(new IllegalStateException("engine gone")) : Mono.empty();
            }
        };
    }

    @Test
    void withAConnectionTheServerIsRegisteredAfterStartAndUnregisteredBeforeShutdown() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.REPLACE_EXISTING, true).build();
        Session session = new Session(config, launcher(), this.connections, registrar(false, false));

        StepVerifier.create(session.start(List.of("f"))).expectNextCount(1).verifyComplete();
        StepVerifier.create(session.stop()).verifyComplete();

        assertThat(this.events).containsExactly("start [f]", "register " + URL + " replace=true",
            "unregister " + URL, "shutdown");
    }

    @Test
    void withoutAConnectionNothingIsRegistered() {
        Session session = new Session(UdfConfig.defaults(), launcher(), null, registrar(false, false));

        StepVerifier.create(session.start(List.of("f"))).expectNextCount(1).verifyComplete();
        StepVerifier.create(session.stop()).verifyComplete();

        assertThat(this.events).containsExactly("start [f]", "shutdown");
    }

    @Test
    void aFailedRegistrationStopsTheServerAndFailsTheStart() {
        Session session = new Session(UdfConfig.defaults(), launcher(), this.connections, registrar(true, false));

        StepVerifier.create(session.start(List.of("f"))).verifyErrorMessage("engine said no");
        StepVerifier.create(session.stop()).verifyComplete();

        assertThat(this.events).containsExactly("start [f]", "register " + URL + " replace=false", "shutdown",
            "shutdown");
    }

    @Test
    void aFailedUnregistrationStillStopsTheServer() {
        Session session = new Session(UdfConfig.defaults(), launcher(), this.connections, registrar(false, true));

        StepVerifier.create(session.start(List.of("f"))).expectNextCount(1).verifyComplete();
        StepVerifier.create(session.stop()).verifyComplete();

        assertThat(this.events).endsWith("unregister " + URL, "shutdown");
    }

    @Test
    void theDdlNamesTheEndpointTheServerReports() {
        // UdfServer.url() is the configured url, the socket's absolute path in collocated mode, or its own address
        UdfConfig collocated = UdfConfig.builder().set(UdfOptions.SOCKET_PATH, "relative.sock").build();

        StepVerifier.create(new Session(collocated, launcher(), this.connections, registrar(false, false))
            .start(List.of())).expectNextCount(1).verifyComplete();

        assertThat(this.events).contains("register " + URL + " replace=false");
    }
}
