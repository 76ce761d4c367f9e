/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.cli;

import dev.s2r.udf.UdfServer;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.signature.Signatures;
import reactor.core.publisher.Mono;

import java.util.List;

/** The one place the command line calls {@link UdfServer}: builds it from the settings and the functions. */
final class UdfServerLauncher implements FunctionServer.Launcher {

    @Override
    public Mono<FunctionServer> start(UdfConfig config, List<Object> functions) {
        return Mono.defer(() -> {
            var builder = UdfServer.builder().config(config);
            for (Object function : functions) {
                builder = builder.function(function);
            }
            List<FunctionSpec> specs = functions.stream().flatMap(function -> Signatures.scan(function).stream())
                .toList();
            return builder.build().start().map(server -> new Started(server, specs));
        });
    }

    /** A started {@link UdfServer} and the specs of its functions. */
    private record Started(UdfServer server, List<FunctionSpec> functions) implements FunctionServer {

        @Override
        public String url() {
            return this.server.url();
        }

        @Override
        public Mono<Void> shutdown() {
            return this.server.shutdown();
        }
    }
}
