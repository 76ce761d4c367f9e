/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.benchmarks.client;

import dev.s2r.benchmarks.harness.BenchEnv;
import io.asyncer.r2dbc.mysql.MySqlConnectionConfiguration;
import io.asyncer.r2dbc.mysql.MySqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import org.mariadb.r2dbc.MariadbConnectionConfiguration;
import org.mariadb.r2dbc.MariadbConnectionFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The connection factories of the R2DBC drivers, each configured as its documentation recommends for
 * parameterised statements: server-side prepared statements, TLS off (loopback).
 */
final class R2dbcFactories {

    private R2dbcFactories() {
    }

    /** s2r through R2DBC discovery, with its defaults (server-prepared statements, pipelining, TCP_NODELAY). */
    static ConnectionFactory s2r(BenchEnv env) {
        return ConnectionFactories.get("r2dbc:singlestore://" + encode(env.user()) + ":" + encode(env.password())
            + "@" + env.host() + ":" + env.port() + "/" + encode(env.database()) + "?sslMode=DISABLED");
    }

    /**
     * s2r over the Data API, to the server process's Data API replay server, with its defaults (plain HTTP on
     * loopback, API v2, keep-alive).
     */
    static ConnectionFactory s2rDataApi(BenchEnv env) {
        return ConnectionFactories.get("r2dbc:singlestore:http://" + encode(env.user()) + ":" + encode(env.password())
            + "@" + env.host() + ":" + env.requireDataApiPort() + "/" + encode(env.database()));
    }

    /** io.asyncer r2dbc-mysql with {@code useServerPrepareStatement()}. */
    static ConnectionFactory r2dbcMysql(BenchEnv env) {
        return MySqlConnectionFactory.from(MySqlConnectionConfiguration.builder()
            .host(env.host()).port(env.port()).user(env.user()).password(env.password()).database(env.database())
            .sslMode(io.asyncer.r2dbc.mysql.constant.SslMode.DISABLED)
            .useServerPrepareStatement()
            .build());
    }

    /** r2dbc-mariadb with {@code useServerPrepStmts(true)}. */
    static ConnectionFactory r2dbcMariadb(BenchEnv env) {
        return new MariadbConnectionFactory(MariadbConnectionConfiguration.builder()
            .host(env.host()).port(env.port()).username(env.user()).password(env.password()).database(env.database())
            .sslMode(org.mariadb.r2dbc.SslMode.DISABLE)
            .useServerPrepStmts(true)
            .build());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
