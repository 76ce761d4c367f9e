/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management.internal;

import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.Polling;
import dev.s2r.management.api.RetryPolicy;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The immutable, resolved configuration of a client; safe to share between threads. {@link #toString()} never
 * shows the token.
 *
 * @param baseUrl         the API's base URL without a trailing slash, e.g. {@code https://api.singlestore.com}
 * @param version         the path's version segment, e.g. {@code v1}
 * @param token           the bearer token, subscribed once per request (so that a refreshing token is re-read)
 * @param organizationId  the {@code organizationID} query parameter, or {@code null} to send none
 * @param connectTimeout  the TCP connect timeout
 * @param responseTimeout the longest wait for an answer
 * @param httpClient      the reactor-netty client requests are made with
 * @param retryPolicy     when idempotent calls are retried
 * @param polling         the polling of each long operation
 * @param environment     where environment variables are read, e.g. the defaults of a job's target
 */
public record Settings(String baseUrl, String version, Mono<String> token, String organizationId,
                       Duration connectTimeout, Duration responseTimeout, HttpClient httpClient,
                       RetryPolicy retryPolicy, Map<LongOperation, Polling> polling,
                       Function<String, String> environment) {

    /** Checks and copies the values. */
    public Settings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(httpClient, "httpClient");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(environment, "environment");
        EnumMap<LongOperation, Polling> all = new EnumMap<>(LongOperation.class);
        for (LongOperation operation : LongOperation.values()) {
            all.put(operation, polling.getOrDefault(operation, operation.defaultPolling()));
        }
        polling = Map.copyOf(all);
    }

    /**
     * @param operation a long operation
     * @return its polling
     */
    public Polling polling(LongOperation operation) {
        return this.polling.get(operation);
    }

    @Override
    public String toString() {
        return "Settings[baseUrl=" + baseUrl + ", version=" + version + ", token=***, organizationId="
            + organizationId + ", connectTimeout=" + connectTimeout + ", responseTimeout=" + responseTimeout
            + ", retryPolicy=" + retryPolicy + ", polling=" + polling + "]";
    }
}
