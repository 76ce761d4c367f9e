/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.internal.statement.QueryLog;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.s2r.driver.api.SingleStoreConnection;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The query log: the SLF4J logger {@code dev.s2r.driver.QUERY} at DEBUG shows each statement with its connection's
 * prefix when it is sent and when it ends; bound values only with {@code logQueryParameters}.
 */
@SingleStoreTest
final class QueryLogIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String SECRET_VALUE = "card-4111-1111";

    private static ConnectionFactory plain;
    private static ConnectionFactory withValues;

    private final Logger logger = (Logger) LoggerFactory.getLogger(QueryLog.LOGGER_NAME);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    @BeforeAll
    static void setUp(TestDatabase database) {
        plain = database.connectionFactory();
        withValues = database.connectionFactory(Map.of("logQueryParameters", "true"));
        database.execute("CREATE TABLE cards (id INT PRIMARY KEY, number VARCHAR(32))");
    }

    @BeforeEach
    void capture() {
        this.events.start();
        this.logger.addAppender(this.events);
        this.logger.setLevel(Level.DEBUG);
    }

    @AfterEach
    void release() {
        this.logger.detachAppender(this.events);
        this.logger.setLevel(null);
    }

    @Test
    void aStatementIsLoggedWhenSentAndWhenItEndsWithTheConnectionsPrefix() {
        long id = with(plain, c -> rows(c, "SELECT 1 AS one").then(Mono.just(c.getConnectionId())));

        assertThat(messages()).filteredOn(m -> m.contains("SELECT 1 AS one")).satisfiesExactly(
            sent -> assertThat(sent).startsWith("[s2r#" + id + " 127.0.0.1:").endsWith("] Executing: SELECT 1 AS one"),
            ended -> assertThat(ended).startsWith("[s2r#" + id + " 127.0.0.1:").contains("] Completed in ")
                .endsWith(" ms: SELECT 1 AS one"));
    }

    @Test
    void twoConnectionsAreToldApartByTheirServerConnectionIds() {
        long first = with(plain, c -> rows(c, "SELECT 'first'").then(Mono.just(c.getConnectionId())));
        long second = with(plain, c -> rows(c, "SELECT 'second'").then(Mono.just(c.getConnectionId())));

        assertThat(first).isNotEqualTo(second);
        assertThat(messages()).anyMatch(m -> m.startsWith("[s2r#" + first + " ") && m.contains("'first'"));
        assertThat(messages()).anyMatch(m -> m.startsWith("[s2r#" + second + " ") && m.contains("'second'"));
    }

    @Test
    void boundValuesAreNotLoggedByDefault() {
        with(plain, c -> insert(c, 1));

        assertThat(messages()).anyMatch(m -> m.contains("Executing: INSERT INTO cards (id, number) VALUES (?, ?)"));
        assertThat(messages()).noneMatch(m -> m.contains(SECRET_VALUE));
    }

    @Test
    void boundValuesAreLoggedWhenAskedFor() {
        with(withValues, c -> insert(c, 2));

        assertThat(messages()).anyMatch(m -> m.contains("VALUES (?, ?) [2, '" + SECRET_VALUE + "']"));
    }

    @Test
    void aServerErrorIsLoggedAsAFailureWithItsCode() {
        assertThatThrownBy(() -> with(plain, c -> rows(c, "SELEKT nonsense")))
            .isInstanceOf(R2dbcBadGrammarException.class);

        assertThat(messages()).anyMatch(m -> m.contains("Failed with error 1064") && m.contains("SELEKT nonsense"));
    }

    @Test
    void transactionControlStatementsAreLoggedToo() {
        with(plain, c -> Mono.from(c.beginTransaction()).then(Mono.from(c.rollbackTransaction())).thenReturn(0));

        assertThat(messages()).anyMatch(m -> m.contains("Executing: START TRANSACTION"));
        assertThat(messages()).anyMatch(m -> m.contains("Executing: ROLLBACK"));
    }

    @Test
    void nothingIsLoggedAboveDebug() {
        this.logger.setLevel(Level.INFO);

        with(plain, c -> rows(c, "SELECT 2"));

        assertThat(this.events.list).isEmpty();
    }

    private List<String> messages() {
        return this.events.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList());
    }

    private static Mono<Integer> insert(Connection c, int id) {
        return Flux.from(c.createStatement("INSERT INTO cards (id, number) VALUES (?, ?)").bind(0, id)
                .bind(1, SECRET_VALUE).execute())
            .flatMap(r -> r.getRowsUpdated()).reduce(0L, Long::sum).map(Long::intValue);
    }

    private static Mono<Integer> rows(Connection c, String sql) {
        return Flux.from(c.createStatement(sql).execute()).flatMap(r -> r.map((row, md) -> 1)).count()
            .map(Long::intValue);
    }

    private static <T> T with(ConnectionFactory factory, Function<SingleStoreConnection, Mono<T>> body) {
        return Mono.usingWhen(factory.create(), c -> body.apply((SingleStoreConnection) c), Connection::close)
            .block(TIMEOUT);
    }
}
