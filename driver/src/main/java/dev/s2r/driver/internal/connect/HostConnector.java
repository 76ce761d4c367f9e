/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.connect;

import dev.s2r.driver.internal.options.Settings;
import dev.s2r.driver.api.SingleStoreOptions;
import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.HostAndPort;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Opens a new connection to one of several hosts. Each pass orders the hosts ({@link HaMode#SEQUENTIAL}: as given;
 * {@link HaMode#LOADBALANCE}: shuffled), hosts on the deny list last, and tries them one after the other. A host that
 * fails with a connection error (refused, reset, closed, timed out, not speaking the protocol) is denied for the
 * configured duration and the next one is tried; any other error (a server error such as a wrong password) ends the
 * attempt at once, since every host would answer the same. When a whole pass fails, the next one starts after a
 * short pause, up to the configured number of passes; then the attempt fails with an
 * {@link R2dbcNonTransientResourceException} listing each host's last failure. A single host is tried once and its
 * error is passed on unchanged. Pure Reactor composition: nothing blocks, the pause is a {@link Mono#delay}.
 */
public final class HostConnector {

    /** The pause between two passes over the host list. */
    static final Duration PAUSE_BETWEEN_PASSES = Duration.ofMillis(250);

    private static final Logger LOGGER = LoggerFactory.getLogger(HostConnector.class);

    /** SQLSTATEs (with error code 0) of failures of the connection itself rather than answers of a server. */
    private static final Set<String> CONNECTION_FAILURES = Set.of("08001", "08006", "08S01");

    private final List<HostAndPort> hosts;
    private final HaMode mode;
    private final Duration denyDuration;
    private final int passes;
    private final Duration pause;
    private final HostDenyList denyList;
    private final Supplier<Random> random;

    public HostConnector(Settings settings, HostDenyList denyList) {
        this(settings.hosts(), settings.get(SingleStoreOptions.HA_MODE), settings.get(SingleStoreOptions.HOST_DENY_DURATION),
            settings.get(SingleStoreOptions.RETRIES_ALL_DOWN), PAUSE_BETWEEN_PASSES, denyList, ThreadLocalRandom::current);
    }

    HostConnector(List<HostAndPort> hosts, HaMode mode, Duration denyDuration, int passes, Duration pause,
                  HostDenyList denyList, Supplier<Random> random) {
        this.hosts = List.copyOf(hosts);
        this.mode = mode;
        this.denyDuration = denyDuration;
        this.passes = hosts.size() == 1 ? 1 : passes;
        this.pause = pause;
        this.denyList = denyList;
        this.random = random;
    }

    /**
     * @param attempt opens a connection to one host; it must emit a value or an error, never complete empty
     * @param <T>     the connection type
     * @return the first connection opened, subscribing to {@code attempt} for one host at a time
     */
    public <T> Mono<T> connect(Function<HostAndPort, Mono<T>> attempt) {
        return Mono.defer(() -> pass(1, attempt, new LinkedHashMap<>()));
    }

    private <T> Mono<T> pass(int pass, Function<HostAndPort, Mono<T>> attempt, Map<HostAndPort, Throwable> failures) {
        return Mono.defer(() -> tryFrom(order(), 0, attempt, failures))
            .switchIfEmpty(Mono.defer(() -> pass >= this.passes ? Mono.error(allFailed(failures, pass))
                : Mono.delay(this.pause).then(pass(pass + 1, attempt, failures))));
    }

    /** Completes empty when every host of {@code order} from {@code index} on failed with a connection error. */
    private <T> Mono<T> tryFrom(List<HostAndPort> order, int index, Function<HostAndPort, Mono<T>> attempt,
                                Map<HostAndPort, Throwable> failures) {
        if (index == order.size()) {
            return Mono.empty();
        }
        HostAndPort host = order.get(index);
        return Mono.defer(() -> attempt.apply(host))
            .doOnNext(connection -> this.denyList.allow(host))
            .onErrorResume(HostConnector::isConnectionFailure, e -> {
                deny(host, e);
                failures.remove(host);
                failures.put(host, e);
                return tryFrom(order, index + 1, attempt, failures);
            });
    }

    private void deny(HostAndPort host, Throwable e) {
        this.denyList.deny(host, this.denyDuration);
        if (this.hosts.size() > 1) {
            LOGGER.info("Host {} failed to connect ({}); new connections skip it for {}", host, e.getMessage(),
                this.denyDuration);
        } else {
            LOGGER.debug("Host {} failed to connect ({})", host, e.getMessage());
        }
    }

    /**
     * @return the hosts in the order of this pass: not denied ones first (as given, or shuffled for
     * {@link HaMode#LOADBALANCE}), then denied ones, as a last resort, in the same manner
     */
    List<HostAndPort> order() {
        List<HostAndPort> allowed = new ArrayList<>(this.hosts.size());
        List<HostAndPort> denied = new ArrayList<>();
        for (HostAndPort host : this.hosts) {
            (this.denyList.isDenied(host) ? denied : allowed).add(host);
        }
        if (this.mode == HaMode.LOADBALANCE) {
            Random random = this.random.get();
            Collections.shuffle(allowed, random);
            Collections.shuffle(denied, random);
        }
        allowed.addAll(denied);
        return allowed;
    }

    /**
     * @param e an error of a connection attempt
     * @return whether it is a failure of the connection itself (so another host may do better) rather than an
     * answer of the server, a settings problem or a bug
     */
    static boolean isConnectionFailure(Throwable e) {
        if (!(e instanceof R2dbcException) || ((R2dbcException) e).getErrorCode() != 0) {
            return false;
        }
        return e instanceof R2dbcTimeoutException || CONNECTION_FAILURES.contains(((R2dbcException) e).getSqlState());
    }

    private Throwable allFailed(Map<HostAndPort, Throwable> failures, int pass) {
        if (this.hosts.size() == 1) {
            return failures.values().iterator().next();
        }
        StringBuilder message = new StringBuilder("Cannot connect to any of the ").append(this.hosts.size())
            .append(" hosts (").append(this.mode).append(", ").append(pass).append(pass == 1 ? " pass" : " passes")
            .append(')');
        for (HostAndPort host : this.hosts) {
            Throwable failure = failures.get(host);
            message.append("; ").append(host).append(": ").append(failure == null ? "not tried" : failure.getMessage());
        }
        R2dbcNonTransientResourceException error = new R2dbcNonTransientResourceException(message.toString(),
            "08001", 0, (String) null);
        failures.values().forEach(error::addSuppressed);
        return error;
    }
}
