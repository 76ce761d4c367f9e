/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * s2r's reactive R2DBC driver for SingleStore. Two packages are its API: {@code dev.s2r.driver} (the connection
 * factory, its provider and configuration) and {@code dev.s2r.driver.api} (the driver's extensions of the R2DBC
 * interfaces, the option keys and the values they take). Everything under {@code dev.s2r.driver.internal} is
 * implementation and not exported.
 */
module dev.s2r.driver {
    requires transitive r2dbc.spi;
    requires transitive org.reactivestreams;
    requires transitive reactor.core;
    requires reactor.netty.core;
    requires reactor.netty.http;
    requires io.netty.codec.http;
    requires io.netty.codec.http2;
    requires io.netty.buffer;
    requires io.netty.codec;
    requires io.netty.common;
    requires io.netty.handler;
    requires io.netty.transport;
    requires io.netty.transport.unix.common;
    requires org.slf4j;
    requires com.fasterxml.jackson.core;
    requires static org.mongodb.bson;
    requires static org.apache.arrow.memory.core;
    requires static org.apache.arrow.vector;
    requires static micrometer.observation;
    requires static spring.data.r2dbc;
    requires static spring.data.relational;
    requires static spring.r2dbc;

    exports dev.s2r.driver;
    exports dev.s2r.driver.api;

    // Spring's SpringFactoriesLoader instantiates the dialect and bind-marker providers (META-INF/spring.factories)
    opens dev.s2r.driver.internal.spring to spring.core;

    uses dev.s2r.driver.api.StatementInterceptor;

    provides io.r2dbc.spi.ConnectionFactoryProvider with dev.s2r.driver.SingleStoreConnectionFactoryProvider;
}
