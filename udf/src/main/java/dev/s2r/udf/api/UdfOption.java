/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One option of the UDF server, declared once in {@link UdfOptions}: its name, the environment variable and the
 * command-line flag that set it (both derived from the name), its type, default and documentation. A
 * {@link UdfConfig} holds values keyed by these constants; nothing reads options by string.
 *
 * @param <T> the value type
 */
public final class UdfOption<T> {

    private final String name;
    private final Class<T> type;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final boolean secret;
    private final boolean python;
    private final String doc;
    private final String flag;

    UdfOption(String name, Class<T> type, T defaultValue, Function<String, T> parser, boolean secret,
              boolean python, String doc) {
        this(name, type, defaultValue, parser, secret, python, doc, "--" + name.replace('_', '-'));
    }

    private UdfOption(String name, Class<T> type, T defaultValue, Function<String, T> parser, boolean secret,
                      boolean python, String doc, String flag) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.secret = secret;
        this.python = python;
        this.doc = doc;
        this.flag = flag;
    }

    /**
     * @param flag a command-line flag other than the one derived from the name (the Python server's own)
     * @return this option set by that flag
     */
    UdfOption<T> withFlag(String flag) {
        return new UdfOption<>(this.name, this.type, this.defaultValue, this.parser, this.secret, this.python,
            this.doc, flag);
    }

    /** @return the option's name, in snake case as the Python SDK's {@code external_function.*} options */
    public String name() {
        return this.name;
    }

    /** @return the environment variable that sets it: {@code SINGLESTOREDB_EXT_FUNC_<NAME>} */
    public String environmentVariable() {
        return "SINGLESTOREDB_EXT_FUNC_" + this.name.toUpperCase(java.util.Locale.ROOT);
    }

    /** @return the command-line flag that sets it: {@code --<name-with-dashes>} unless declared otherwise */
    public String flag() {
        return this.flag;
    }

    /** @return the value type */
    public Class<T> type() {
        return this.type;
    }

    /** @return the default, empty when the option has none */
    public Optional<T> defaultValue() {
        return Optional.ofNullable(this.defaultValue);
    }

    /** @return whether the value is a secret, never shown in logs, messages or {@code toString()} */
    public boolean secret() {
        return this.secret;
    }

    /** @return whether the Python SDK's server has the same option (the others are this server's own) */
    public boolean fromPython() {
        return this.python;
    }

    /** @return one line of documentation */
    public String doc() {
        return this.doc;
    }

    /**
     * @param text a value as written in the environment or on the command line
     * @return the value
     * @throws IllegalArgumentException when the text is not a valid value, naming the option
     */
    public T parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return this.parser.apply(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(flag() + ": " + (this.secret ? "invalid value"
                : "invalid value '" + text + "'") + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return this.name;
    }
}
