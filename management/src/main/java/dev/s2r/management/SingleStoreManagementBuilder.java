/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.management;

import dev.s2r.management.api.LongOperation;
import dev.s2r.management.api.Polling;
import dev.s2r.management.api.RetryPolicy;
import dev.s2r.management.internal.Settings;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Builds a {@link SingleStoreManagement}; not thread-safe (the client it builds is). Each setting is taken from its
 * setter, else from its environment variable, else from its default: see {@link Setting}. {@code null} unsets a
 * setter.
 */
public final class SingleStoreManagementBuilder {

    /** The settings that may come from the environment, each declared once with its variable and default. */
    public enum Setting {
        /** The API's base URL; default {@code https://api.singlestore.com}. */
        BASE_URL("SINGLESTOREDB_MANAGEMENT_BASE_URL", "https://api.singlestore.com"),
        /** The API version, the first path segment; default {@code v1}. */
        VERSION("SINGLESTOREDB_MANAGEMENT_VERSION", "v1"),
        /** The bearer token (an API key, or a portal JWT); no default. */
        TOKEN("SINGLESTOREDB_MANAGEMENT_TOKEN", null),
        /** The organization sent as {@code organizationID} on every call; none by default. */
        ORGANIZATION("SINGLESTOREDB_ORGANIZATION", null);

        private final String variable;
        private final String defaultValue;

        Setting(String variable, String defaultValue) {
            this.variable = variable;
            this.defaultValue = defaultValue;
        }

        /** @return the environment variable it is read from */
        public String variable() {
            return this.variable;
        }

        /** @return its default, or {@code null} */
        public String defaultValue() {
            return this.defaultValue;
        }
    }

    private final Map<Setting, String> explicit = new EnumMap<>(Setting.class);
    private final Map<LongOperation, Polling> polling = new EnumMap<>(LongOperation.class);
    private Mono<String> tokenSupplier;
    private Function<String, String> environment = System::getenv;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration responseTimeout = Duration.ofSeconds(60);
    private HttpClient httpClient;
    private UnaryOperator<HttpClient> httpClientCustomizer = UnaryOperator.identity();
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;

    SingleStoreManagementBuilder() {
    }

    /**
     * @param baseUrl the API's base URL, e.g. {@code https://api.singlestore.com}
     * @return this builder
     */
    public SingleStoreManagementBuilder baseUrl(String baseUrl) {
        return set(Setting.BASE_URL, baseUrl);
    }

    /**
     * @param version the API version, e.g. {@code v1}
     * @return this builder
     */
    public SingleStoreManagementBuilder version(String version) {
        return set(Setting.VERSION, version);
    }

    /**
     * @param token the bearer token; secret: it never appears in messages, logs or {@code toString()}
     * @return this builder
     */
    public SingleStoreManagementBuilder token(String token) {
        return set(Setting.TOKEN, token);
    }

    /**
     * A token that may change (a refreshing JWT): the publisher is subscribed once per request, so it should read
     * the current token on each subscription ({@code Mono.fromSupplier(...)}). Wins over {@link #token(String)}.
     *
     * @param token the token's publisher
     * @return this builder
     */
    public SingleStoreManagementBuilder token(Mono<String> token) {
        this.tokenSupplier = token;
        return this;
    }

    /**
     * @param organizationId the organization to send as {@code organizationID} on every call (needed with a
     *                       portal JWT); {@code null} sends none
     * @return this builder
     */
    public SingleStoreManagementBuilder organizationId(String organizationId) {
        return set(Setting.ORGANIZATION, organizationId);
    }

    /**
     * @param timeout the TCP connect timeout; default 10 s
     * @return this builder
     */
    public SingleStoreManagementBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /**
     * @param timeout the longest wait for an answer to one request; default 60 s
     * @return this builder
     */
    public SingleStoreManagementBuilder responseTimeout(Duration timeout) {
        this.responseTimeout = Objects.requireNonNull(timeout, "timeout");
        return this;
    }

    /**
     * @param client the reactor-netty client to make requests with (proxy, TLS, metrics, ...); default
     *               {@code HttpClient.create()}
     * @return this builder
     */
    public SingleStoreManagementBuilder httpClient(HttpClient client) {
        this.httpClient = client;
        return this;
    }

    /**
     * @param customizer applied to the HTTP client (the default one, or the one given to
     *                   {@link #httpClient(HttpClient)}) when the client is built
     * @return this builder
     */
    public SingleStoreManagementBuilder httpClient(UnaryOperator<HttpClient> customizer) {
        this.httpClientCustomizer = Objects.requireNonNull(customizer, "customizer");
        return this;
    }

    /**
     * @param policy when idempotent calls are retried; default {@link RetryPolicy#DEFAULT}
     * @return this builder
     */
    public SingleStoreManagementBuilder retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * @param operation a long operation
     * @param settings  its interval and timeout; {@code null} restores its default
     * @return this builder
     */
    public SingleStoreManagementBuilder polling(LongOperation operation, Polling settings) {
        if (settings == null) {
            this.polling.remove(operation);
        } else {
            this.polling.put(operation, settings);
        }
        return this;
    }

    /**
     * @param settings the interval and timeout of every long operation
     * @return this builder
     */
    public SingleStoreManagementBuilder polling(Polling settings) {
        for (LongOperation operation : LongOperation.values()) {
            polling(operation, settings);
        }
        return this;
    }

    /**
     * @param environment where environment variables are read; default {@code System::getenv}
     * @return this builder
     */
    public SingleStoreManagementBuilder environment(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
        return this;
    }

    /**
     * @return the client
     * @throws IllegalStateException when no token was given, neither here nor in the environment
     */
    public SingleStoreManagement build() {
        Mono<String> token = this.tokenSupplier;
        if (token == null) {
            String value = resolve(Setting.TOKEN);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("No management token was configured: call token(...) or set "
                    + Setting.TOKEN.variable());
            }
            if (this.explicit.containsKey(Setting.TOKEN)) {
                token = Mono.just(value);
            } else {
                // From the environment, the token is read again for each request: a portal JWT is refreshed there
                // (python-sdk-services.md §3.1)
                Function<String, String> env = this.environment;
                token = Mono.fromSupplier(() -> env.apply(Setting.TOKEN.variable()));
            }
        }
        String baseUrl = resolve(Setting.BASE_URL);
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        HttpClient client = this.httpClientCustomizer.apply(this.httpClient == null ? HttpClient.create()
            : this.httpClient);
        return new SingleStoreManagement(new Settings(baseUrl, resolve(Setting.VERSION), token,
            resolve(Setting.ORGANIZATION), this.connectTimeout, this.responseTimeout, client, this.retryPolicy,
            this.polling, this.environment));
    }

    private SingleStoreManagementBuilder set(Setting setting, String value) {
        if (value == null) {
            this.explicit.remove(setting);
        } else {
            this.explicit.put(setting, value);
        }
        return this;
    }

    private String resolve(Setting setting) {
        String value = this.explicit.get(setting);
        if (value == null) {
            value = this.environment.apply(setting.variable());
        }
        return value == null || value.isBlank() ? setting.defaultValue() : value;
    }
}
