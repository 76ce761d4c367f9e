/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.examples.spring;

import dev.s2r.test.TestDatabase;
import dev.s2r.test.TestServer;
import dev.s2r.test.TestServers;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.connection.init.ConnectionFactoryInitializer;
import org.springframework.r2dbc.connection.init.ResourceDatabasePopulator;

/**
 * A Spring Boot WebFlux service on s2r, configured by {@code spring.r2dbc.url} alone:
 * <ul>
 *   <li>{@code /sensors}: create, read, update and delete sensors with Spring Data R2DBC ({@link SensorController});
 *   <li>{@code GET /readings}: a million generated readings as NDJSON, streamed with backpressure
 *       ({@link ReadingController});
 *   <li>{@code POST /invoke}: the {@code fahrenheit} external function ({@link Conversions}), served on the same
 *       port by s2r-spring-boot-starter, with {@code /show/create_function}, {@code /show/function_info} and
 *       {@code /status}.
 * </ul>
 * {@link #main} finds its server as the quickstart does, through s2r-test's {@link TestServers}: the one named by
 * {@code SINGLESTOREDB_URL}, else a SingleStore dev container when Docker is available, else an embedded MariaDB; it
 * creates a database of its own there, dropped when the application stops. Run it with
 * <pre>{@code mvn -B -ntp -q -Pwebflux-example -DskipTests -pl examples-spring -am verify}</pre>
 * then, for example, {@code curl -N localhost:8080/readings}.
 */
@SpringBootApplication
public class SensorsApplication {

    /**
     * Starts a server and the application on port 8080 (or {@code --server.port=...}); it serves until it is
     * stopped (Ctrl-C).
     *
     * @param args Spring Boot's command line arguments
     */
    public static void main(String[] args) {
        TestServer server = TestServers.start();
        TestDatabase database = server.createDatabase("sensors");
        System.out.println("Using " + server.description());
        ConfigurableApplicationContext context = start(database.url(), args);
        context.addApplicationListener((ContextClosedEvent closed) -> {
            database.close();
            server.close();
        });
        System.out.println("Serving on http://localhost:" + context.getEnvironment().getProperty("local.server.port")
            + ": /sensors, /readings, POST /invoke (fahrenheit)");
    }

    /**
     * Starts the application against a database.
     *
     * @param r2dbcUrl the database, {@code r2dbc:singlestore://user:password@host:port/database}
     * @param args more of Spring Boot's command line arguments ({@code --name=value})
     * @return the running application
     */
    public static ConfigurableApplicationContext start(String r2dbcUrl, String... args) {
        return new SpringApplicationBuilder(SensorsApplication.class)
            .properties("spring.r2dbc.url=" + r2dbcUrl)
            .run(args);
    }

    /**
     * @param connectionFactory the application's connection factory
     * @return the initializer that creates the tables of {@code schema.sql} when they do not exist
     */
    @Bean
    ConnectionFactoryInitializer schema(ConnectionFactory connectionFactory) {
        ConnectionFactoryInitializer initializer = new ConnectionFactoryInitializer();
        initializer.setConnectionFactory(connectionFactory);
        initializer.setDatabasePopulator(new ResourceDatabasePopulator(new ClassPathResource("schema.sql")));
        return initializer;
    }

    /** @return the bean whose {@code @Udf} methods the starter serves */
    @Bean
    Conversions conversions() {
        return new Conversions();
    }
}
