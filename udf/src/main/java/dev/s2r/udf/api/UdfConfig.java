/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The UDF server's settings: a value for some {@link UdfOptions}, the option's default for the others. Immutable.
 * Values come from code ({@link Builder#set}), the environment ({@link Builder#environment}) or the command line;
 * what is set later wins. {@code toString()} never shows a secret.
 */
public final class UdfConfig {

    private final Map<UdfOption<?>, Object> values;

    private UdfConfig(Map<UdfOption<?>, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** @return a builder with no value set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the defaults of every option */
    public static UdfConfig defaults() {
        return new Builder().build();
    }

    /**
     * @param option an option
     * @param <T> its type
     * @return its value, or its default; {@code null} when neither exists
     */
    public <T> T get(UdfOption<T> option) {
        Object value = this.values.get(option);
        return value != null ? option.type().cast(value) : option.defaultValue().orElse(null);
    }

    /**
     * @param option an option
     * @return whether a value was set for it (not only its default)
     */
    public boolean isSet(UdfOption<?> option) {
        return this.values.containsKey(option);
    }

    /** @return a builder holding these values */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.values.putAll(this.values);
        return builder;
    }

    @Override
    public String toString() {
        StringJoiner joiner = new StringJoiner(", ", "UdfConfig{", "}");
        for (UdfOption<?> option : UdfOptions.all()) {
            if (this.values.containsKey(option)) {
                joiner.add(option.name() + "=" + (option.secret() ? "***" : this.values.get(option)));
            }
        }
        return joiner.toString();
    }

    /** Collects values; not thread-safe. */
    public static final class Builder {

        private final Map<UdfOption<?>, Object> values = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param option an option
         * @param value its value; {@code null} removes a value set before
         * @param <T> its type
         * @return this builder
         */
        public <T> Builder set(UdfOption<T> option, T value) {
            Objects.requireNonNull(option, "option");
            if (value == null) {
                this.values.remove(option);
            } else {
                this.values.put(option, option.type().cast(value));
            }
            return this;
        }

        /**
         * @param option an option
         * @param text its value as text, parsed by the option
         * @return this builder
         * @throws IllegalArgumentException when the text is not a valid value
         */
        public Builder parse(UdfOption<?> option, String text) {
            this.values.put(option, option.parse(text));
            return this;
        }

        /**
         * Sets every option whose {@code SINGLESTOREDB_EXT_FUNC_*} variable is present.
         *
         * @param environment the environment, e.g. {@code System.getenv()}
         * @return this builder
         * @throws IllegalArgumentException when a variable holds an invalid value
         */
        public Builder environment(Map<String, String> environment) {
            for (UdfOption<?> option : UdfOptions.all()) {
                String text = environment.get(option.environmentVariable());
                if (text != null && !text.isEmpty()) {
                    parse(option, text);
                }
            }
            return this;
        }

        /** @return the settings */
        public UdfConfig build() {
            return new UdfConfig(this.values);
        }
    }
}
