/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples;

// snippet:imports
import dev.s2r.driver.SingleStoreConnectionConfiguration;
import dev.s2r.driver.SingleStoreConnectionFactory;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.SslMode;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import reactor.core.publisher.Flux;
// end-snippet

import java.nio.file.Path;

/**
 * The ways to connect that README.md shows; the README's code blocks are these methods' marked regions, checked by
 * {@code ReadmeSnippetsTests}. {@link #main} runs each against a server URL.
 */
public final class Connecting {

    private Connecting() {
    }

    /**
     * Connects by URL and streams the names of the rows a bound query selects.
     *
     * @param url an R2DBC URL
     * @return the names
     */
    static Flux<String> byUrl(String url) {
        // snippet:url
        ConnectionFactory factory = ConnectionFactories.get(url); // "r2dbc:singlestore://user:password@host:3306/db"

        Flux<String> names = Flux.usingWhen(factory.create(),
            connection -> Flux.from(connection.createStatement("SELECT name FROM animals WHERE legs > :legs")
                    .bind("legs", 2)
                    .execute())
                .flatMap(result -> result.map((row, metadata) -> row.get("name", String.class))),
            Connection::close);
        // end-snippet
        return names;
    }

    /**
     * Builds a factory from the configuration builder, with TLS that verifies the server's certificate and name.
     *
     * @param host     the server host
     * @param user     the user
     * @param password the password
     * @param ca       the PEM file of the CA that signed the server's certificate
     * @return the factory
     */
    static SingleStoreConnectionFactory programmatically(String host, String user, String password, Path ca) {
        // snippet:builder
        SingleStoreConnectionFactory factory = SingleStoreConnectionFactory.from(
            SingleStoreConnectionConfiguration.builder()
                .host(host).port(3306).user(user).password(password).database("db")
                .sslMode(SslMode.VERIFY_IDENTITY).sslCa(ca)
                .build());
        // end-snippet
        return factory;
    }

    /**
     * Sets a driver option through R2DBC's own options, by its typed key.
     *
     * @param url an R2DBC URL
     * @return the factory
     */
    static ConnectionFactory withOptions(String url) {
        // snippet:options
        ConnectionFactory factory = ConnectionFactories.get(ConnectionFactoryOptions.parse(url).mutate()
            .option(SingleStoreOptions.PIPELINE_LIMIT, 8)
            .option(SingleStoreOptions.SSL_MODE, SslMode.DISABLED)
            .build());
        // end-snippet
        return factory;
    }

    /**
     * Runs the URL and option examples against a server.
     *
     * @param url an R2DBC URL of a database with an {@code animals (name, legs)} table
     * @return the names read twice: once through each factory
     */
    static java.util.List<String> run(String url) {
        return byUrl(url).concatWith(Flux.usingWhen(withOptions(url).create(),
                connection -> Flux.from(connection.createStatement("SELECT name FROM animals WHERE legs > 2")
                    .execute()).flatMap(result -> result.map((row, metadata) -> row.get(0, String.class))),
                Connection::close))
            .collectList().block(java.time.Duration.ofSeconds(60));
    }
}
