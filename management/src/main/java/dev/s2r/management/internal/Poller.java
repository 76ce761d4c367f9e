/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.LongOperationException;
import dev.s2r.management.api.Polling;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Follows a long operation: reads the resource at once, then after every interval, and emits each read whose state
 * differs from the one before. Completes after the read that reaches the target, fails with
 * {@link LongOperationException} after a read in {@code FAILED} or when the next pause would end after the timeout
 * (as the Python SDK's {@code _wait_on_state}, python-sdk-services.md §3.4). Cancelling stops the reads.
 *
 * @param <T> the resource
 */
public final class Poller<T> {

    private final LongOperation operation;
    private final Polling polling;
    private final Function<T, Object> stateKey;
    private final Function<T, String> stateName;
    private final Predicate<T> done;
    private final Predicate<T> failed;

    /**
     * @param operation the operation, for errors
     * @param polling   its interval and timeout
     * @param stateKey  what two reads must differ in to both be emitted
     * @param stateName the state of a read, for errors
     * @param done      whether a read reached the target
     * @param failed    whether a read failed
     */
    public Poller(LongOperation operation, Polling polling, Function<T, Object> stateKey, Function<T, String> stateName,
                  Predicate<T> done, Predicate<T> failed) {
        this.operation = operation;
        this.polling = polling;
        this.stateKey = stateKey;
        this.stateName = stateName;
        this.done = done;
        this.failed = failed;
    }

    /**
     * @param id   the resource's id, for errors
     * @param path the path that is read, for errors
     * @param read one read of the resource; subscribed once per poll
     * @return the observed states
     */
    public Flux<T> follow(String id, String path, Mono<T> read) {
        return Flux.defer(() -> {
            long deadline = now() + this.polling.timeout().toMillis();
            long interval = this.polling.interval().toMillis();
            AtomicReference<T> last = new AtomicReference<>();
            return read
                .repeatWhen(reads -> reads.concatMap(ignored -> now() + interval > deadline
                    ? Mono.error(error(id, path, last.get(), LongOperationException.Reason.TIMEOUT))
                    : Mono.delay(this.polling.interval())))
                .doOnNext(last::set)
                .takeUntil(value -> this.done.test(value) || this.failed.test(value))
                .distinctUntilChanged(this.stateKey)
                .concatMap(value -> this.failed.test(value)
                    ? Flux.just(value).concatWith(Mono.error(error(id, path, value,
                        LongOperationException.Reason.FAILED)))
                    : Flux.just(value));
        });
    }

    private LongOperationException error(String id, String path, T last, LongOperationException.Reason reason) {
        return new LongOperationException(this.operation, id, last == null ? null : this.stateName.apply(last),
            reason, path);
    }

    private static long now() {
        return Schedulers.parallel().now(TimeUnit.MILLISECONDS);
    }
}
