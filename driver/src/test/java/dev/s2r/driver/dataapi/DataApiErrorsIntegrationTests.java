/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.dataapi;

import dev.s2r.driver.test.dataapi.DataApiServer;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcBadGrammarException;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcPermissionDeniedException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import io.r2dbc.spi.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How the Data API transport reports failures: the server's SQL errors as the same typed exceptions as over the
 * MySQL protocol, errors that arrive after rows, answers cut short, proxies answering instead of the server,
 * timeouts and requests the server would refuse. Each leaves the connection usable.
 */
@SingleStoreTest
final class DataApiErrorsIntegrationTests {

    private static final String SECRET = "pa55-Secret!";

    private static DataApiServer server;
    private static ConnectionFactory factory;
    private static TestDatabase db;

    @BeforeAll
    static void start(TestDatabase database) {
        database.execute("CREATE TABLE keyed (id INT PRIMARY KEY)", "INSERT INTO keyed VALUES (1), (2), (3)");
        db = database;
        server = DataApiServer.start(database);
        factory = DataApiUrls.factory(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static <T> Flux<T> run(Function<Connection, Publisher<T>> work) {
        return Flux.usingWhen(factory.create(), work, Connection::close);
    }

    private static Flux<Integer> ids(Connection connection) {
        return Flux.from(connection.createStatement("SELECT id FROM keyed ORDER BY id").execute())
            .flatMap(result -> result.map(row -> row.get(0, Integer.class)));
    }

    @Test
    void anUnknownTableIsBadGrammarWithTheServersCode() {
        StepVerifier.create(run(connection -> Flux.from(connection.createStatement("SELECT * FROM missing")
                .execute()).flatMap(result -> result.map(row -> 1))))
            .expectErrorSatisfies(error -> {
                assertThat(error).isInstanceOf(R2dbcBadGrammarException.class);
                assertThat(((R2dbcException) error).getErrorCode()).isEqualTo(1146);
                assertThat(((R2dbcException) error).getSql()).isEqualTo("SELECT * FROM missing");
            })
            .verify();
    }

    @Test
    void aDuplicateKeyIsADataIntegrityViolation() {
        StepVerifier.create(run(connection -> Flux.from(connection.createStatement("INSERT INTO keyed VALUES (1)")
                .execute()).flatMap(Result::getRowsUpdated)))
            .expectErrorSatisfies(error -> {
                assertThat(error).isInstanceOf(R2dbcDataIntegrityViolationException.class);
                assertThat(((R2dbcException) error).getErrorCode()).isEqualTo(1062);
            })
            .verify();
    }

    @Test
    void aWrongPasswordIsPermissionDeniedAndNeverQuoted() {
        ConnectionFactory wrong = ConnectionFactories.get(DataApiUrls.url(server, server.user(), SECRET, ""));

        StepVerifier.create(Flux.usingWhen(wrong.create(), connection -> Flux.from(connection
                .createStatement("SELECT 1").execute()).flatMap(result -> result.map(row -> 1)), Connection::close))
            .expectErrorSatisfies(error -> {
                assertThat(error).isInstanceOf(R2dbcPermissionDeniedException.class);
                assertThat(error.toString()).doesNotContain(SECRET);
            })
            .verify();
    }

    @Test
    void anErrorAfterRowsEndsTheResultWithTheServersError() {
        server.failNextAfterRows(2, 1242, "Subquery returns more than 1 row");

        StepVerifier.create(run(DataApiErrorsIntegrationTests::ids))
            .expectNext(1, 2)
            .expectErrorSatisfies(error -> {
                assertThat(error).isInstanceOf(R2dbcException.class);
                assertThat(((R2dbcException) error).getErrorCode()).isEqualTo(1242);
                assertThat(error).hasMessageContaining("Subquery returns more than 1 row");
            })
            .verify();
    }

    @Test
    void anAnswerCutShortIsAnErrorAfterTheRowsThatArrived() {
        server.cutNextAfterRows(1);

        StepVerifier.create(run(DataApiErrorsIntegrationTests::ids))
            .expectNext(1)
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcTransientResourceException.class)
                .hasMessageContaining("127.0.0.1"))
            .verify(Duration.ofSeconds(30));
    }

    @Test
    void aProxyPageInsteadOfAnAnswerSaysSo() {
        server.answerNextWithHtml(502);

        StepVerifier.create(run(DataApiErrorsIntegrationTests::ids))
            .expectErrorSatisfies(error -> assertThat(error)
                .isInstanceOf(R2dbcNonTransientResourceException.class)
                .hasMessageContaining("502")
                .hasMessageContaining("proxy")
                .hasMessageNotContaining("<html"))
            .verify();
    }

    @Test
    void anAnswerThatIsNotJsonIsRefused() {
        server.answerNextWithContentType("text/plain");

        StepVerifier.create(run(DataApiErrorsIntegrationTests::ids))
            .expectErrorSatisfies(error -> assertThat(error)
                .isInstanceOf(R2dbcNonTransientResourceException.class)
                .hasMessageContaining("text/plain"))
            .verify();
    }

    @Test
    void aStatementTimeoutEndsAWaitAndTheConnectionStaysUsable() {
        server.delayNext(Duration.ofSeconds(5));

        StepVerifier.create(run(connection -> Flux.from(connection.setStatementTimeout(Duration.ofMillis(300)))
                .thenMany(ids(connection).onErrorResume(R2dbcTimeoutException.class, error -> Flux.just(-1)))
                .thenMany(connection.setStatementTimeout(Duration.ZERO))
                .thenMany(ids(connection))))
            .expectNext(1, 2, 3)
            .verifyComplete();
    }

    @Test
    void theStatementTimeoutIsATimeoutException() {
        server.delayNext(Duration.ofSeconds(5));
        ConnectionFactory timed = DataApiUrls.factory(server, "statementTimeout=PT0.3S");

        StepVerifier.create(Flux.usingWhen(timed.create(), DataApiErrorsIntegrationTests::ids, Connection::close))
            .expectError(R2dbcTimeoutException.class)
            .verify(Duration.ofSeconds(4));
    }

    @Test
    void aServerSilentInTheMiddleOfAnAnswerFailsItAfterTheSocketTimeout() {
        server.stallNextAfterRows(1);
        ConnectionFactory watched = DataApiUrls.factory(server, "socketTimeout=PT0.5S");

        StepVerifier.create(Flux.usingWhen(watched.create(), DataApiErrorsIntegrationTests::ids, Connection::close))
            .expectNext(1)
            .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(R2dbcTimeoutException.class)
                .hasMessageContaining("socketTimeout"))
            .verify(Duration.ofSeconds(10));
    }

    @Test
    void aServerThatDoesNotStartAnsweringFailsAfterTheSocketTimeout() {
        server.delayNext(Duration.ofSeconds(5));
        ConnectionFactory watched = DataApiUrls.factory(server, "socketTimeout=PT0.4S");

        StepVerifier.create(Flux.usingWhen(watched.create(), DataApiErrorsIntegrationTests::ids, Connection::close))
            .expectError(R2dbcTimeoutException.class)
            .verify(Duration.ofSeconds(4));
    }

    @Test
    void aPausedSubscriberIsNotASilentServer() {
        ConnectionFactory watched = DataApiUrls.factory(server, "socketTimeout=PT0.3S");

        StepVerifier.create(Flux.usingWhen(watched.create(), DataApiErrorsIntegrationTests::ids, Connection::close),
                1)
            .expectNext(1)
            .thenAwait(Duration.ofSeconds(1))
            .thenRequest(2)
            .expectNext(2, 3)
            .verifyComplete();
    }

    @Test
    void aRequestOverOneMegabyteIsRefusedBeforeItIsSent() {
        String huge = "x".repeat((1 << 20) + 1);

        StepVerifier.create(run(connection -> Flux.from(connection.createStatement("SELECT LENGTH(?)")
                .bind(0, huge).execute()).flatMap(result -> result.map(row -> 1))))
            .expectErrorSatisfies(error -> assertThat(error)
                .isInstanceOf(R2dbcNonTransientResourceException.class)
                .hasMessageContaining("1048576"))
            .verify();
    }

    @Test
    void aValueTheDataApiCannotCarryIsRefusedWhenBoundNamingItsType() {
        StepVerifier.create(run(connection -> {
                assertThatThrownBy(() -> connection.createStatement("SELECT ?").bind(0, new StringBuilder[0]))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("StringBuilder");
                return Flux.just(true);
            }))
            .expectNext(true)
            .verifyComplete();
    }

    @Test
    void anUnreachableServerIsATransientFailure() {
        DataApiServer gone = DataApiServer.start(db);
        ConnectionFactory unreachable = DataApiUrls.factory(gone);
        gone.close();

        StepVerifier.create(Flux.usingWhen(unreachable.create(), DataApiErrorsIntegrationTests::ids,
                Connection::close))
            .expectError(R2dbcTransientResourceException.class)
            .verify(Duration.ofSeconds(30));
    }

    @Test
    void eachFailureLeavesTheConnectionUsable() {
        server.answerNextWithHtml(503);

        StepVerifier.create(run(connection -> ids(connection).onErrorResume(error -> Flux.empty())
                .thenMany(Flux.from(connection.createStatement("SELECT * FROM missing").execute())
                    .flatMap(result -> result.map(row -> 0)).onErrorResume(error -> Flux.empty()))
                .thenMany(ids(connection))))
            .expectNext(1, 2, 3)
            .verifyComplete();
    }
}
