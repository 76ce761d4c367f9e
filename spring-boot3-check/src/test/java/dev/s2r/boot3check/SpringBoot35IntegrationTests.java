/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.boot3check;

import dev.s2r.boot3check.LibraryApplication.Book;
import dev.s2r.boot3check.LibraryApplication.Shelf;
import dev.s2r.driver.SingleStoreConnectionFactory;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.netty.util.Version;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.Wrapped;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringVersion;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.r2dbc.BadSqlGrammarException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Spring Boot 3.5 application configured by {@code spring.r2dbc.url=r2dbc:singlestore://...} alone: the context
 * starts with the driver's dialect and bind markers (registered in its {@code META-INF/spring.factories}), Spring
 * Data repositories and {@code DatabaseClient} work, and Spring Framework 6.2 translates the driver's exceptions to
 * specific {@code DataAccessException}s. The class path keeps the project's Netty 4.2 and Reactor 2025.0.
 */
@SingleStoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class SpringBoot35IntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Spring Boot leaves the test JVM's Logback configuration alone. */
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private ConfigurableApplicationContext context;
    private BookRepository books;
    private DatabaseClient client;

    @BeforeAll
    void startApplication(TestDatabase database) {
        database.execute("CREATE TABLE book (id BIGINT AUTO_INCREMENT PRIMARY KEY, title VARCHAR(200) NOT NULL)");
        System.setProperty(LOGGING_SYSTEM, "none");
        context = new SpringApplicationBuilder(LibraryApplication.class)
            .properties("server.port=0", "spring.main.banner-mode=off", "spring.r2dbc.url=" + database.url())
            .run();
        books = context.getBean(BookRepository.class);
        client = context.getBean(DatabaseClient.class);
    }

    @AfterAll
    void stopApplication() {
        if (context != null) {
            context.close();
        }
        System.clearProperty(LOGGING_SYSTEM);
    }

    @Test
    void theApplicationRunsSpringBoot35AndSpringFramework62OnNetty42() {
        assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
        assertThat(SpringVersion.getVersion()).startsWith("6.2.");
        assertThat(Version.identify().get("netty-transport").artifactVersion()).startsWith("4.2.");
    }

    @Test
    void springBootPoolsTheDriversFactoryAndResolvesTheSingleStoreDialect() {
        ConnectionFactory factory = context.getBean(ConnectionFactory.class);

        assertThat(factory).isInstanceOf(ConnectionPool.class);
        Object innermost = factory;
        while (innermost instanceof Wrapped<?> wrapper) {
            innermost = wrapper.unwrap();
        }
        assertThat(innermost).isInstanceOf(SingleStoreConnectionFactory.class);
        assertThat(factory.getMetadata().getName()).isEqualTo("SingleStore");
        assertThat(DialectResolver.getDialect(factory).getClass().getSimpleName()).isEqualTo("SingleStoreDialect");
    }

    @Test
    void aRepositorySavesABookWithAGeneratedKeyAndFindsIt() {
        Book saved = books.save(Book.titled("Dune")).block(TIMEOUT);

        assertThat(saved.id()).as("generated key").isNotNull();
        assertThat(books.findById(saved.id()).block(TIMEOUT)).isEqualTo(saved);
        assertThat(books.findByTitle("Dune").collectList().block(TIMEOUT)).containsExactly(saved);
    }

    @Test
    void databaseClientBindsNamedParametersThroughTheDriversBindMarkers() {
        client.sql("INSERT INTO book (title) VALUES (:title)").bind("title", "Emma").then().block(TIMEOUT);

        Long count = client.sql("SELECT COUNT(*) AS n FROM book WHERE title = :title AND id > :after")
            .bind("title", "Emma").bind("after", 0).map(row -> row.get("n", Long.class)).one().block(TIMEOUT);

        assertThat(count).isEqualTo(1L);
    }

    @Test
    void aWriteInAReadOnlyTransactionIsTranslatedToPermissionDenied() {
        Shelf shelf = context.getBean(Shelf.class);

        assertThatThrownBy(() -> shelf.shelveReadOnly("Ulysses").block(TIMEOUT))
            .isInstanceOf(PermissionDeniedDataAccessException.class)
            .cause().isInstanceOf(R2dbcPermissionDeniedException.class)
            .satisfies(cause -> assertThat(((R2dbcPermissionDeniedException) cause).getSqlState()).startsWith("25"));
        assertThat(books.findByTitle("Ulysses").collectList().block(TIMEOUT)).isEmpty();
    }

    @Test
    void aColumnCountMismatchIsTranslatedToBadSqlGrammar() {
        assertThatThrownBy(() -> client.sql("INSERT INTO book (title) VALUES ('a', 'b')").then().block(TIMEOUT))
            .isInstanceOf(BadSqlGrammarException.class)
            .cause().isInstanceOf(R2dbcBadGrammarException.class)
            .satisfies(cause -> assertThat(((R2dbcBadGrammarException) cause).getSqlState()).isEqualTo("21S01"));
    }

    @Test
    void theWebFluxServerServesTheRepositorysRows() {
        books.save(Book.titled("Middlemarch")).block(TIMEOUT);
        String port = context.getEnvironment().getProperty("local.server.port");

        String body = WebClient.create("http://localhost:" + port).get().uri("/books").retrieve()
            .bodyToMono(String.class).block(TIMEOUT);

        assertThat(body).contains("\"title\":\"Middlemarch\"");
    }
}
