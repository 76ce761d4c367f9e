/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import io.r2dbc.spi.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the driver knows about one option, as declared once in {@link SingleStoreOptions}: its R2DBC
 * {@link Option} key, name and aliases, Java type, default, {@code SINGLESTOREDB_*} environment variable, whether it
 * is secret or programmatic only, its scope, how values are parsed and validated, and its documentation. URL and
 * environment parsing, the builder of {@code SingleStoreConnectionConfiguration}, the configuration's values and the
 * options table of the documentation are all derived from these descriptors.
 *
 * @param <T> the type of the option's values
 */
public final class OptionDescriptor<T> {

    /** Where an option applies. */
    public enum Scope {
        /** Fixed when the connection factory is created. */
        CONNECTION,
        /** Fixed per connection by default, and overridable for one pipeline through the Reactor Context. */
        RESULT
    }

    private final Option<T> option;
    private final String name;
    private final List<String> aliases;
    private final Class<T> type;
    private final T defaultValue;
    private final String defaultText;
    private final String environmentVariable;
    private final boolean secret;
    private final boolean programmatic;
    private final boolean mysqlOnly;
    private final Scope scope;
    private final String typeText;
    private final String description;
    private final OptionParsers.Parser<T> parser;

    private OptionDescriptor(Declaration<T> d) {
        this.name = d.name;
        this.option = d.secret ? Option.sensitiveValueOf(d.name) : Option.valueOf(d.name);
        this.aliases = List.copyOf(d.aliases);
        this.type = d.type;
        this.defaultValue = d.defaultValue;
        this.defaultText = d.defaultText;
        this.programmatic = d.programmatic;
        this.mysqlOnly = d.mysqlOnly;
        this.environmentVariable = d.programmatic ? null : d.environmentVariable;
        this.secret = d.secret;
        this.scope = d.scope;
        this.typeText = d.parser.typeText();
        this.description = Objects.requireNonNull(d.description, "every option is documented: " + d.name);
        this.parser = d.parser;
    }

    /** @return the key of the option in {@link io.r2dbc.spi.ConnectionFactoryOptions} and in the configuration */
    public Option<T> option() {
        return this.option;
    }

    /** @return the option name, as used in R2DBC options and URLs */
    public String name() {
        return this.name;
    }

    /** @return other accepted names, e.g. the SingleStore Python SDK's snake_case name */
    public List<String> aliases() {
        return this.aliases;
    }

    /** @return the Java type of resolved values */
    public Class<T> type() {
        return this.type;
    }

    /** @return the default, or {@code null} when there is none */
    public T defaultValue() {
        return this.defaultValue;
    }

    /** @return how the documentation describes the default (a value, or what applies when the option is unset) */
    public String defaultDescription() {
        return this.defaultText;
    }

    /** @return the {@code SINGLESTOREDB_*} variable that sets the option, or {@code null} for programmatic options */
    public String environmentVariable() {
        return this.environmentVariable;
    }

    /** @return whether the value is secret: never printed, never repeated in messages */
    public boolean isSecret() {
        return this.secret;
    }

    /**
     * @return whether the option takes a Java object only (a publisher, a registry, a TLS context): it is read from
     * neither URLs nor the environment
     */
    public boolean isProgrammatic() {
        return this.programmatic;
    }

    /**
     * @return whether the option means something for the MySQL protocol only: the Data API refuses it, with a message
     * that says so, when it is given
     */
    public boolean isMysqlOnly() {
        return this.mysqlOnly;
    }

    /** @return where the option applies */
    public Scope scope() {
        return this.scope;
    }

    /** @return the accepted values, as the documentation describes them (e.g. {@code int, ≥ 1}) */
    public String typeDescription() {
        return this.typeText;
    }

    /** @return what the option does, one paragraph of Markdown */
    public String description() {
        return this.description;
    }

    /**
     * Parses and validates a value given under the option's own name.
     *
     * @param value a typed value, or its text as found in a URL or an environment variable
     * @return the value
     * @throws IllegalArgumentException naming the option when the value is malformed
     */
    public T parse(Object value) {
        return parse(value, this.name, null);
    }

    /**
     * Parses and validates a value, naming in the error where it came from.
     *
     * @param value   a typed value or its text
     * @param givenAs the name or alias the value was given under, or the environment variable
     * @param origin  where it was found (for example {@code environment variable SINGLESTOREDB_URL}), or
     *                {@code null}
     * @return the value
     * @throws IllegalArgumentException naming the option, never repeating a secret value, a host, a port or a
     *                                  value that holds {@code @}
     */
    public T parse(Object value, String givenAs, String origin) {
        if (value == null) {
            throw new IllegalArgumentException("Option '" + this.name + "' must not be null");
        }
        // An alias or the environment variable is the Python SDK's form (a bare connect_timeout is seconds there).
        boolean python = !givenAs.equals(this.name);
        try {
            return this.parser.parse(value, python);
        } catch (OptionParsers.Invalid e) {
            StringBuilder message = new StringBuilder("Option '").append(this.name).append('\'');
            if (!givenAs.equals(this.name) && !givenAs.equals(this.environmentVariable)) {
                message.append(" (given as '").append(givenAs).append("')");
            }
            if (origin != null) {
                message.append(" from ").append(origin);
            }
            message.append(" expects ").append(e.getMessage());
            // a value holding '@' may be the rest of a URL's user info, cut short by an unencoded '?' or '#'
            if (!this.secret && e.echo() && !(value instanceof CharSequence && value.toString().indexOf('@') >= 0)) {
                message.append(", got '").append(value).append('\'');
            }
            throw new IllegalArgumentException(message.toString());
        }
    }

    @Override
    public String toString() {
        return this.name;
    }

    /** The facts of one option while {@link SingleStoreOptions} declares it. */
    static final class Declaration<T> {
        private final String name;
        private final Class<T> type;
        private final OptionParsers.Parser<T> parser;
        private final List<String> aliases = new ArrayList<>();
        private T defaultValue;
        private String defaultText = "none";
        private String environmentVariable;
        private boolean secret;
        private boolean programmatic;
        private boolean mysqlOnly;
        private Scope scope = Scope.CONNECTION;
        private String description;

        Declaration(String name, Class<T> type, OptionParsers.Parser<T> parser) {
            this.name = name;
            this.type = type;
            this.parser = parser;
            this.environmentVariable = SingleStoreOptions.ENVIRONMENT_PREFIX
                + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        }

        Declaration<T> alias(String alias) {
            this.aliases.add(alias);
            return this;
        }

        Declaration<T> defaultValue(T value) {
            this.defaultValue = value;
            this.defaultText = "`" + this.parser.format(value) + "`";
            return this;
        }

        Declaration<T> defaultText(String text) {
            this.defaultText = text;
            return this;
        }

        Declaration<T> environment(String variable) {
            this.environmentVariable = variable;
            return this;
        }

        Declaration<T> secret() {
            this.secret = true;
            return this;
        }

        Declaration<T> programmatic() {
            this.programmatic = true;
            this.defaultText = "none";
            return this;
        }

        Declaration<T> mysqlOnly() {
            this.mysqlOnly = true;
            return this;
        }

        Declaration<T> result() {
            this.scope = Scope.RESULT;
            return this;
        }

        Declaration<T> doc(String description) {
            this.description = description;
            return this;
        }

        OptionDescriptor<T> build() {
            return new OptionDescriptor<>(this);
        }
    }
}
