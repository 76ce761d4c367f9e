/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.cli;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.internal.function.FunctionSpec;
import reactor.core.publisher.Mono;

import java.util.List;

/** A started server as the command line sees it: where it is, what it serves, how to stop it. */
interface FunctionServer {

    /** @return the URL it serves at (the configured one, else {@code http://<host>:<port>/invoke}) */
    String url();

    /** @return the functions it serves, names without prefix or suffix */
    List<FunctionSpec> functions();

    /** @return completes once it has stopped */
    Mono<Void> shutdown();

    /** Starts a server. */
    @FunctionalInterface
    interface Launcher {

        /**
         * @param config the server's settings
         * @param functions the objects (or classes) whose functions it serves
         * @return the started server, lazily
         */
        Mono<FunctionServer> start(UdfConfig config, List<Object> functions);
    }
}
