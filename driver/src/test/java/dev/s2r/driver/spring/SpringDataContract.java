/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.spring;

import dev.s2r.driver.SingleStoreConnectionFactory;
import dev.s2r.driver.spring.PeopleApplication.People;
import dev.s2r.driver.spring.PeopleApplication.Person;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.Wrapped;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.r2dbc.dialect.DialectResolver;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.data.relational.core.query.Query;
import org.springframework.r2dbc.BadSqlGrammarException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a Spring Boot application gets from the driver with nothing but {@code spring.r2dbc.url}: the context
 * starts (the driver registers its dialect and bind markers), and repositories, {@code DatabaseClient},
 * {@code R2dbcEntityTemplate}, {@code @Transactional} and Spring's exception translation work. Each subclass
 * starts the application with one way of configuring the connection factory.
 */
@SingleStoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SpringDataContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** Spring Boot leaves the test JVM's Logback configuration (shared with other tests) alone. */
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private ConfigurableApplicationContext context;
    private PersonRepository repository;

    /**
     * @param database the test database, whose {@link TestDatabase#url()} is {@code r2dbc:singlestore://...}
     * @return the application's properties: {@code spring.r2dbc.url} and what else the subclass sets
     */
    abstract Map<String, String> properties(TestDatabase database);

    /**
     * @return the type of the connection factory Spring Boot makes of {@link #properties}, which wraps the
     * driver's
     */
    abstract Class<?> expectedConnectionFactory();

    @BeforeAll
    void startApplication(TestDatabase database) {
        database.execute("CREATE TABLE person (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
        List<String> properties = new ArrayList<>(List.of("server.port=0", "spring.main.banner-mode=off"));
        properties(database).forEach((key, value) -> properties.add(key + "=" + value));
        System.setProperty(LOGGING_SYSTEM, "none");
        context = new SpringApplicationBuilder(PeopleApplication.class).properties(properties.toArray(new String[0]))
            .run();
        repository = context.getBean(PersonRepository.class);
    }

    @AfterAll
    void stopApplication() {
        if (context != null) {
            context.close();
        }
        System.clearProperty(LOGGING_SYSTEM);
    }

    @Test
    void springBootMakesTheExpectedConnectionFactoryWithTheSingleStoreDialect() {
        ConnectionFactory factory = context.getBean(ConnectionFactory.class);

        assertThat(factory).isInstanceOf(expectedConnectionFactory());
        Object innermost = factory;
        while (innermost instanceof Wrapped<?>) {
            innermost = ((Wrapped<?>) innermost).unwrap();
        }
        assertThat(innermost).isInstanceOf(SingleStoreConnectionFactory.class);
        assertThat(factory.getMetadata().getName()).isEqualTo("SingleStore");
        assertThat(DialectResolver.getDialect(factory).getClass().getSimpleName()).isEqualTo("SingleStoreDialect");
    }

    @Test
    void aRepositorySavesFindsUpdatesAndDeletes() {
        Person saved = repository.save(Person.named("Ada")).block(TIMEOUT);
        assertThat(saved.id()).as("generated key").isNotNull();

        assertThat(repository.findById(saved.id()).block(TIMEOUT)).isEqualTo(saved);
        repository.save(new Person(saved.id(), "Ada Lovelace")).block(TIMEOUT);
        assertThat(repository.findByName("Ada Lovelace").collectList().block(TIMEOUT))
            .containsExactly(new Person(saved.id(), "Ada Lovelace"));

        repository.deleteById(saved.id()).block(TIMEOUT);
        assertThat(repository.existsById(saved.id()).block(TIMEOUT)).isFalse();
    }

    @Test
    void databaseClientBindsNamedParametersAsQuestionMarks() {
        DatabaseClient client = context.getBean(DatabaseClient.class);
        client.sql("INSERT INTO person (name) VALUES (:name)").bind("name", "Grace").then().block(TIMEOUT);

        String name = client.sql("SELECT name FROM person WHERE name = :name AND id > :id").bind("name", "Grace")
            .bind("id", 0).map(row -> row.get("name", String.class)).one().block(TIMEOUT);

        assertThat(name).isEqualTo("Grace");
    }

    @Test
    void anEntityTemplateSelectsAPageWithLimitAndOffset() {
        R2dbcEntityTemplate template = context.getBean(R2dbcEntityTemplate.class);
        Flux.just("page-a", "page-b", "page-c", "page-d").concatMap(name -> template.insert(Person.named(name)))
            .then().block(TIMEOUT);

        List<String> page = template.select(Person.class)
            .matching(Query.query(Criteria.where("name").like("page-%")).sort(Sort.by("name")).limit(2).offset(1))
            .all().map(Person::name).collectList().block(TIMEOUT);

        assertThat(page).containsExactly("page-b", "page-c");
    }

    @Test
    void aQueryWithAPessimisticReadLockRuns() {
        Person saved = repository.save(Person.named("locked")).block(TIMEOUT);

        assertThat(repository.findLockedByName("locked").collectList().block(TIMEOUT)).containsExactly(saved);
    }

    @Test
    void aFailingTransactionalMethodRollsItsSaveBack() {
        People people = context.getBean(People.class);

        assertThatThrownBy(() -> people.saveThenFail("rolled back").block(TIMEOUT))
            .hasMessageContaining("failed after the save");

        assertThat(repository.findByName("rolled back").collectList().block(TIMEOUT)).isEmpty();
    }

    @Test
    void aColumnCountMismatchIsTranslatedToBadSqlGrammar() {
        DatabaseClient client = context.getBean(DatabaseClient.class);

        assertThatThrownBy(() -> client.sql("INSERT INTO person (name) VALUES ('a', 'b')").then().block(TIMEOUT))
            .isInstanceOf(BadSqlGrammarException.class)
            .cause().isInstanceOf(R2dbcBadGrammarException.class)
            .satisfies(cause -> assertThat(((R2dbcBadGrammarException) cause).getSqlState()).isEqualTo("21S01"));
    }

    @Test
    void aWriteInAReadOnlyTransactionIsTranslatedToPermissionDenied() {
        People people = context.getBean(People.class);

        assertThatThrownBy(() -> people.saveInReadOnlyTransaction("read only").block(TIMEOUT))
            .isInstanceOf(PermissionDeniedDataAccessException.class)
            .cause().isInstanceOf(R2dbcPermissionDeniedException.class)
            .satisfies(cause -> assertThat(((R2dbcPermissionDeniedException) cause).getSqlState())
                .startsWith("25"));
    }

    @Test
    void theWebFluxEndpointServesRowsOfTheRepository() {
        repository.save(Person.named("served")).block(TIMEOUT);
        String port = context.getEnvironment().getProperty("local.server.port");

        String body = WebClient.create("http://localhost:" + port).get().uri("/people").retrieve()
            .bodyToMono(String.class).block(TIMEOUT);

        assertThat(body).contains("\"name\":\"served\"");
    }
}
