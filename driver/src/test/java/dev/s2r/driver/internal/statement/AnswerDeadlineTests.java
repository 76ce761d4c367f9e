/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.internal.message.server.ColumnDefinition;
import dev.s2r.driver.internal.message.server.ResultSetMetadata;
import dev.s2r.driver.internal.message.server.RowMessage;
import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.publisher.TestPublisher;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AnswerDeadline}, on an embedded event loop whose clock the test moves: the timer runs until the first
 * answer (metadata does not count), then never again.
 */
class AnswerDeadlineTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final TestPublisher<ServerMessage> response = TestPublisher.createCold();
    private final AtomicInteger expiries = new AtomicInteger();

    @AfterEach
    void close() {
        this.channel.finishAndReleaseAll();
    }

    private AnswerDeadline deadline() {
        return deadline(this.response);
    }

    private AnswerDeadline deadline(TestPublisher<ServerMessage> source) {
        this.channel.freezeTime();
        return new AnswerDeadline(source.flux(), this.channel.eventLoop(), TIMEOUT, this.expiries::incrementAndGet,
            () -> new IllegalStateException("too late"));
    }

    private void advance(Duration duration) {
        this.channel.advanceTimeBy(duration.toNanos(), TimeUnit.NANOSECONDS);
        this.channel.runScheduledPendingTasks();
    }

    private static ServerMessage metadata() {
        return new ResultSetMetadata(new ColumnDefinition[0], false);
    }

    /** The row a test received is released, as a subscriber that reads it must. */
    private static void releaseRow(ServerMessage message) {
        ((RowMessage) message).release();
    }

    private static RowMessage row() {
        return new RowMessage(Unpooled.buffer().writeByte(0), false);
    }

    @Test
    void aResponseWithoutAnswerFailsAtTheDeadlineAndIsCancelled() {
        StepVerifier.create(deadline())
            .then(() -> this.response.next(metadata()))
            .expectNextCount(1)
            .then(() -> advance(TIMEOUT))
            .expectErrorMessage("too late")
            .verify(Duration.ofSeconds(5));

        assertThat(this.expiries).hasValue(1);
        this.response.assertCancelled();
    }

    @Test
    void theDeadlineHasNotPassedJustBeforeIt() {
        StepVerifier.create(deadline())
            .then(() -> advance(TIMEOUT.minusMillis(1)))
            .expectNoEvent(Duration.ZERO)
            .then(() -> this.response.next(row()).complete())
            .consumeNextWith(AnswerDeadlineTests::releaseRow)
            .expectComplete()
            .verify(Duration.ofSeconds(5));

        assertThat(this.expiries).hasValue(0);
    }

    @Test
    void afterTheFirstAnswerTheDeadlineNoLongerApplies() {
        StepVerifier.create(deadline())
            .then(() -> this.response.next(metadata(), row()))
            .expectNextCount(1)
            .consumeNextWith(AnswerDeadlineTests::releaseRow)
            .then(() -> advance(TIMEOUT.multipliedBy(3)))
            .then(() -> this.response.next(row()).complete())
            .consumeNextWith(AnswerDeadlineTests::releaseRow)
            .expectComplete()
            .verify(Duration.ofSeconds(5));

        assertThat(this.expiries).hasValue(0);
    }

    @Test
    void aMessageArrivingAfterTheDeadlineIsReleased() {
        TestPublisher<ServerMessage> ignoresCancel =
            TestPublisher.createNoncompliant(TestPublisher.Violation.DEFER_CANCELLATION);
        RowMessage late = row();

        StepVerifier.create(deadline(ignoresCancel))
            .then(() -> advance(TIMEOUT))
            .expectErrorMessage("too late")
            .verify(Duration.ofSeconds(5));
        ignoresCancel.next(late);

        assertThat(late.refCnt()).isZero();
    }

    @Test
    void cancellingStopsTheTimer() {
        StepVerifier.create(deadline())
            .thenCancel()
            .verify(Duration.ofSeconds(5));
        advance(TIMEOUT);

        assertThat(this.expiries).hasValue(0);
    }
}
