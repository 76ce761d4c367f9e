/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.http;

import dev.s2r.driver.internal.message.server.ServerMessage;
import io.netty.buffer.ByteBuf;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code socketTimeout} for one Data API request: while the driver waits for the server (for the answer's headers, or
 * for a chunk of its body it has asked for) the server must send something within the timeout, checked every quarter
 * of it. Time with reading paused for a slow subscriber (no chunk asked for) does not count, as over the MySQL
 * protocol. When it expires the request is cancelled, which closes its HTTP connection, and the answer fails with
 * an {@link io.r2dbc.spi.R2dbcTimeoutException}.
 */
final class AnswerWatch {

    private final Duration timeout;
    private final long timeoutNanos;
    private final AtomicLong asked = new AtomicLong();
    private volatile boolean answered;
    private volatile boolean read;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean expired;

    /** @param timeout the socket timeout; zero or negative watches nothing */
    AnswerWatch(Duration timeout) {
        this.timeout = timeout;
        this.timeoutNanos = timeout.isNegative() ? 0 : timeout.toNanos();
    }

    /** The answer's headers arrived. */
    void answered() {
        this.lastProgress = System.nanoTime();
        this.answered = true;
    }

    /**
     * @param content the answer's body
     * @return the body, counting the chunks asked for and each one that arrives
     */
    Flux<ByteBuf> watch(Flux<ByteBuf> content) {
        if (this.timeoutNanos == 0) {
            return content;
        }
        return content.doOnRequest(n -> this.asked.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b))
            .doOnNext(chunk -> {
                this.lastProgress = System.nanoTime();
                this.asked.decrementAndGet();
            })
            .doFinally(signal -> this.read = true);
    }

    /**
     * @param answer the request's answer
     * @param sql    the statement, for the error
     * @return the answer, cut short with a timeout error when the server stays silent too long
     */
    Flux<ServerMessage> bound(Flux<ServerMessage> answer, String sql) {
        if (this.timeoutNanos == 0) {
            return answer;
        }
        Duration period = Duration.ofNanos(Math.max(10_000_000L, this.timeoutNanos / 4));
        Mono<Long> silence = Flux.interval(period, period, Schedulers.parallel()).filter(tick -> expire()).next();
        return answer.takeUntilOther(silence)
            .concatWith(Mono.defer(() -> this.expired ? Mono.error(DataApiErrors.silent(this.timeout, sql))
                : Mono.empty()));
    }

    private boolean expire() {
        boolean waiting = !this.answered || !this.read && this.asked.get() > 0;
        if (waiting && System.nanoTime() - this.lastProgress >= this.timeoutNanos) {
            this.expired = true;
        }
        if (!waiting) {
            this.lastProgress = System.nanoTime();
        }
        return this.expired;
    }
}
