/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.cli;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.ddl.Registration;
import dev.s2r.udf.internal.function.FunctionSpec;
import io.r2dbc.spi.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * One run of the server: start it, register its functions when a connection is configured (the server is stopped
 * again when that fails), and on stop drop the functions pointing at it before stopping it. A failed drop is logged
 * and the server still stops.
 */
final class Session {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final UdfConfig config;
    private final FunctionServer.Launcher launcher;
    private final ConnectionFactory connections;
    private final Registrar registrar;
    private volatile FunctionServer server;
    private volatile boolean registered;

    /**
     * @param config the settings
     * @param launcher starts the server
     * @param connections connects to SingleStore to register, or {@code null} not to register
     * @param registrar registers and unregisters
     */
    Session(UdfConfig config, FunctionServer.Launcher launcher, ConnectionFactory connections, Registrar registrar) {
        this.config = config;
        this.launcher = launcher;
        this.connections = connections;
        this.registrar = registrar;
    }

    /** Registers functions with SingleStore and drops them; {@link #REGISTRATION} is the real one. */
    interface Registrar {

        /** Runs {@link Registration}. */
        Registrar REGISTRATION = new Registrar() {
            @Override
            public Mono<Void> register(ConnectionFactory factory, List<FunctionSpec> functions, UdfConfig config,
                                       String endpoint, boolean replace) {
                return Registration.register(factory, functions, config, endpoint, replace);
            }

            @Override
            public Mono<Void> unregister(ConnectionFactory factory, String endpoint, UdfConfig config) {
                return Registration.unregister(factory, endpoint, config);
            }
        };

        /** As {@link Registration#register}. */
        Mono<Void> register(ConnectionFactory factory, List<FunctionSpec> functions, UdfConfig config,
                            String endpoint, boolean replace);

        /** As {@link Registration#unregister}. */
        Mono<Void> unregister(ConnectionFactory factory, String endpoint, UdfConfig config);
    }

    /**
     * @param functions the objects (or classes) whose functions to serve
     * @return the started (and registered) server
     */
    Mono<FunctionServer> start(List<Object> functions) {
        return this.launcher.start(this.config, functions).flatMap(started -> {
            this.server = started;
            if (this.connections == null) {
                return Mono.just(started);
            }
            return this.registrar.register(this.connections, started.functions(), this.config, endpoint(started),
                    this.config.get(UdfOptions.REPLACE_EXISTING))
                .doOnSuccess(ignored -> this.registered = true)
                .onErrorResume(error -> started.shutdown().then(Mono.error(error)))
                .thenReturn(started);
        });
    }

    /** @return completes once the functions are dropped (when they were registered) and the server has stopped */
    Mono<Void> stop() {
        return Mono.defer(() -> {
            FunctionServer started = this.server;
            if (started == null) {
                return Mono.empty();
            }
            Mono<Void> drop = !this.registered ? Mono.empty()
                : this.registrar.unregister(this.connections, endpoint(started), this.config)
                    .onErrorResume(error -> {
                        LOG.warn("Could not drop the functions of {}: {}", endpoint(started), error.toString());
                        return Mono.empty();
                    });
            return drop.then(started.shutdown());
        });
    }

    /**
     * What the DDL names: the server's own endpoint, which is the socket's absolute path in collocated mode, else
     * the configured URL, else {@code http://<host>:<port>/invoke}.
     */
    private static String endpoint(FunctionServer started) {
        return started.url();
    }
}
