/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import org.reactivestreams.Publisher;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How option values are parsed and validated: each parser accepts the typed value and its text (from a URL or an
 * environment variable), and knows how the documentation describes what it accepts.
 */
final class OptionParsers {

    private static final Set<String> TRUE_WORDS = Set.of("on", "t", "true", "y", "yes", "enabled", "enable", "1");
    private static final Set<String> FALSE_WORDS = Set.of("off", "f", "false", "n", "no", "disabled", "disable",
        "0");
    private static final Pattern SESSION_VARIABLE_NAME = Pattern.compile("(@@(session\\.)?)?[A-Za-z_][A-Za-z0-9_]*",
        Pattern.CASE_INSENSITIVE);
    /** Why host and port values are never repeated, and the remedy. */
    private static final String URL_PASSWORD_HINT = "; the value is not repeated, as it may hold part of a password: "
        + "percent-encode '@', ':', '/', '?' and '#' in a URL's password";
    private static final String SESSION_VARIABLES_EXPECTED =
        "name=value pairs of session variable names and SQL values without ';'";

    private OptionParsers() {
    }

    /** Converts a raw value; throws {@link Invalid} saying what was expected. */
    interface Parser<T> {

        T parse(Object value, boolean pythonForm);

        /** @return what the option accepts, as the documentation says it */
        String typeText();

        /** @return a value as the documentation shows it */
        default String format(T value) {
            return String.valueOf(value);
        }
    }

    /** "What the option expects"; {@link OptionDescriptor} turns it into a message naming the option. */
    static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean echo;

        Invalid(String expected) {
            this(expected, true);
        }

        Invalid(String expected, boolean echo) {
            super(expected, null, false, false);
            this.echo = echo;
        }

        /** @return whether the message may repeat the value (not when it may hold a password) */
        boolean echo() {
            return this.echo;
        }
    }

    private static <T> Parser<T> of(String typeText, java.util.function.BiFunction<Object, Boolean, T> parse) {
        return new Parser<>() {
            @Override
            public T parse(Object value, boolean pythonForm) {
                return parse.apply(value, pythonForm);
            }

            @Override
            public String typeText() {
                return typeText;
            }
        };
    }

    static Parser<String> text() {
        return of("string", (value, python) -> value.toString());
    }

    /** A Data API version, the path segment {@code v<n>}: nothing else may reach the request's path. */
    static Parser<String> apiVersion() {
        return of("v<number>", (value, python) -> {
            String text = value.toString().trim().toLowerCase(java.util.Locale.ROOT);
            if (!text.matches("v[0-9]{1,3}")) {
                throw new Invalid("a version such as v2");
            }
            return text;
        });
    }

    static Parser<CharSequence> password() {
        return of("CharSequence, secret", (value, python) ->
            value instanceof CharSequence ? (CharSequence) value : value.toString());
    }

    /**
     * A host list. Its value is never repeated: a URL whose password holds an unencoded {@code @ : / ? #} is cut in
     * the wrong place, and the host it seems to name is then part of the user info.
     */
    static Parser<String> hosts() {
        return of("`host[:port]`, comma-separated", (value, python) -> {
            String text = value.toString();
            try {
                HostAndPort.parseList(text, 3306);
            } catch (IllegalArgumentException e) {
                throw new Invalid("a host or host[:port] entries separated by commas, IPv6 addresses in brackets; "
                    + e.getMessage() + URL_PASSWORD_HINT, false);
            }
            return text;
        });
    }

    /** A port, never repeated: a port read from a URL may be digits of a password that holds '/', '?' or '#'. */
    static Parser<Integer> port() {
        Parser<Integer> integer = integer(1, 65535);
        return of(integer.typeText(), (value, python) -> {
            try {
                return integer.parse(value, python);
            } catch (Invalid e) {
                throw new Invalid(e.getMessage() + URL_PASSWORD_HINT, false);
            }
        });
    }

    static Parser<Boolean> bool() {
        return of("boolean", (value, python) -> {
            if (value instanceof Boolean) {
                return (Boolean) value;
            }
            String word = value instanceof Number ? value.toString() : value.toString().trim().toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(word)) {
                return true;
            }
            if (FALSE_WORDS.contains(word)) {
                return false;
            }
            throw new Invalid("a boolean (true/false, t/f, on/off, yes/no, y/n, enabled/disabled, enable/disable, "
                + "1/0)");
        });
    }

    static Parser<Integer> integer(int min, int max) {
        String range = max == Integer.MAX_VALUE ? "of at least " + min : "between " + min + " and " + max;
        return of(max == Integer.MAX_VALUE ? "int, ≥ " + min : "int, " + min + "–" + max, (value, python) -> {
            long number = number(value);
            if (number < min || number > max) {
                throw new Invalid("an integer " + range);
            }
            return (int) number;
        });
    }

    static Parser<Long> longValue(long min) {
        return of("long, ≥ " + min, (value, python) -> {
            long number = number(value);
            if (number < min) {
                throw new Invalid("an integer of at least " + min);
            }
            return number;
        });
    }

    private static long number(Object value) {
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new Invalid("an integer");
        }
    }

    /**
     * @param positive     whether zero is refused too
     * @param pythonSeconds whether a bare number in the Python SDK's form (alias or variable) means seconds
     */
    static Parser<Duration> duration(boolean positive, boolean pythonSeconds) {
        return new Parser<>() {
            @Override
            public Duration parse(Object value, boolean pythonForm) {
                Duration duration = parseDuration(value, pythonSeconds && pythonForm);
                if (duration.isNegative() || positive && duration.isZero()) {
                    throw new Invalid(positive ? "a positive duration" : "a duration of at least 0");
                }
                return duration;
            }

            @Override
            public String typeText() {
                return positive ? "duration, > 0" : "duration, ≥ 0";
            }

            @Override
            public String format(Duration value) {
                return value.isZero() ? "0" : value.toMillis() % 1000 == 0 ? value.getSeconds() + "s"
                    : value.toMillis() + "ms";
            }
        };
    }

    private static Duration parseDuration(Object value, boolean pythonSeconds) {
        if (value instanceof Duration) {
            return (Duration) value;
        }
        if (value instanceof Number) {
            long number = ((Number) value).longValue();
            return pythonSeconds ? Duration.ofSeconds(number) : Duration.ofMillis(number);
        }
        String text = value.toString().trim();
        String lower = text.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("p")) {
                return Duration.parse(text);
            }
            if (lower.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(lower.substring(0, lower.length() - 2).trim()));
            }
            if (lower.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(lower.substring(0, lower.length() - 1).trim()));
            }
            long number = Long.parseLong(lower);
            return pythonSeconds ? Duration.ofSeconds(number) : Duration.ofMillis(number);
        } catch (RuntimeException e) {
            throw new Invalid("a duration (PT10S, 10s, 500ms or " + (pythonSeconds ? "seconds" : "milliseconds") + ")");
        }
    }

    /** An enum, by its own parse method (which may accept aliases), with the constants listed in messages. */
    static <E extends Enum<E>> Parser<E> enumOf(Class<E> type, Function<String, E> parse) {
        E[] constants = type.getEnumConstants();
        String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        String typeText = Arrays.stream(constants).map(c -> "`" + c.name() + "`").collect(Collectors.joining(" \\| "));
        return of(typeText, (value, python) -> {
            if (type.isInstance(value)) {
                return type.cast(value);
            }
            try {
                return parse.apply(value.toString().trim());
            } catch (IllegalArgumentException e) {
                String text = value.toString().trim();
                if (type == CredentialType.class && text.equalsIgnoreCase("browser_sso")) {
                    throw new Invalid("PASSWORD or JWT (BROWSER_SSO is not supported; obtain a JWT and use JWT)");
                }
                throw new Invalid("one of " + names);
            }
        });
    }

    static Parser<Path> path(String typeText) {
        return of(typeText, (value, python) -> {
            if (value instanceof Path) {
                return (Path) value;
            }
            try {
                return Paths.get(value.toString());
            } catch (RuntimeException e) {
                throw new Invalid("a file path");
            }
        });
    }

    static Parser<ZoneId> zone() {
        return of("zone id", (value, python) -> {
            if (value instanceof ZoneId) {
                return (ZoneId) value;
            }
            try {
                return ZoneId.of(value.toString().trim(), ZoneId.SHORT_IDS);
            } catch (RuntimeException e) {
                throw new Invalid("a zone id (UTC, Europe/Paris, +02:00)");
            }
        });
    }

    @SuppressWarnings("unchecked")
    static Parser<List<String>> names() {
        return of("comma-separated list", (value, python) -> {
            if (value instanceof Collection) {
                return List.copyOf((Collection<String>) value);
            }
            return Arrays.stream(value.toString().split(",")).map(String::trim).filter(v -> !v.isEmpty())
                .collect(Collectors.toUnmodifiableList());
        });
    }

    static Parser<Map<String, String>> sessionVariables() {
        return of("`name=value,…` or `Map`", (value, python) -> {
            Map<String, String> variables = new LinkedHashMap<>();
            if (value instanceof Map) {
                ((Map<?, ?>) value).forEach((k, v) -> variables.put(String.valueOf(k).trim(),
                    v == null ? null : String.valueOf(v).trim()));
            } else {
                for (String pair : value.toString().split(",")) {
                    int equals = pair.indexOf('=');
                    if (equals <= 0) {
                        throw new Invalid("name=value pairs separated by commas");
                    }
                    variables.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                }
            }
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                String text = variable.getValue();
                if (!SESSION_VARIABLE_NAME.matcher(variable.getKey()).matches() || text == null
                    || text.isEmpty() || text.contains(";")) {
                    throw new Invalid(SESSION_VARIABLES_EXPECTED);
                }
            }
            return Collections.unmodifiableMap(variables);
        });
    }

    static Parser<Map<String, String>> attributes() {
        return of("`k:v,k:v` or `Map`", (value, python) -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            if (value instanceof Map) {
                ((Map<?, ?>) value).forEach((k, v) -> {
                    if (k == null || k.toString().isEmpty() || v == null) {
                        throw new Invalid("non-empty names and non-null values");
                    }
                    attributes.put(k.toString(), v.toString());
                });
                return Collections.unmodifiableMap(attributes);
            }
            for (String pair : value.toString().split(",")) {
                int colon = pair.indexOf(':');
                if (colon <= 0) {
                    throw new Invalid("key:value pairs separated by commas");
                }
                attributes.put(pair.substring(0, colon).trim(), pair.substring(colon + 1).trim());
            }
            return Collections.unmodifiableMap(attributes);
        });
    }

    static Parser<Publisher<? extends CharSequence>> publisher() {
        return of("`Publisher<? extends CharSequence>`, secret", (value, python) -> {
            if (value instanceof Publisher) {
                @SuppressWarnings("unchecked")
                Publisher<? extends CharSequence> publisher = (Publisher<? extends CharSequence>) value;
                return publisher;
            }
            throw new Invalid("a org.reactivestreams.Publisher of the password, given programmatically", false);
        });
    }

    /** An object of a class that may be absent from the class path (an optional dependency), checked by name. */
    static Parser<Object> instanceOf(String className, String typeText) {
        return of(typeText, (value, python) -> {
            if (isInstance(value, className)) {
                return value;
            }
            throw new Invalid("a " + className + ", got a " + value.getClass().getName(), false);
        });
    }

    private static boolean isInstance(Object value, String className) {
        for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className) || implementsNamed(type, className)) {
                return true;
            }
        }
        return false;
    }

    private static boolean implementsNamed(Class<?> type, String className) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (implemented.getName().equals(className) || implementsNamed(implemented, className)) {
                return true;
            }
        }
        return false;
    }

    static Parser<List<StatementInterceptor>> interceptors() {
        return of("`StatementInterceptor` or a collection of them", (value, python) -> {
            if (value instanceof StatementInterceptor) {
                return List.of((StatementInterceptor) value);
            }
            if (value instanceof Collection) {
                List<StatementInterceptor> list = new ArrayList<>();
                for (Object element : (Collection<?>) value) {
                    if (!(element instanceof StatementInterceptor)) {
                        throw new Invalid("StatementInterceptor instances, got "
                            + (element == null ? "null" : element.getClass().getName()), false);
                    }
                    list.add((StatementInterceptor) element);
                }
                return List.copyOf(list);
            }
            throw new Invalid("a StatementInterceptor or a collection of them, got " + value.getClass().getName(),
                false);
        });
    }
}
