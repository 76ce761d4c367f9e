/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of a server URL as given in {@code SINGLESTOREDB_URL}.
 *
 * <p>Accepted forms, with user, password and database percent-decoded:
 * <ul>
 *   <li>{@code r2dbc:singlestore://user:password@host:port/database?option=value} — our own URL; options are
 *       kept as they are;</li>
 *   <li>{@code singlestoredb://…}, {@code singlestoredb+mysql://…} and {@code mysql://…} — the SingleStore Python
 *       SDK's forms; its options {@code ssl_disabled}, {@code multi_statements} and {@code connect_timeout}
 *       (seconds) are translated, any other option is rejected;</li>
 *   <li>{@code user:password@host:port/database} — no scheme, as the Python SDK allows.</li>
 * </ul>
 * The port defaults to 3306, the user to {@code root} and the password to empty. HTTP (Data API) URLs are
 * rejected because the driver speaks the MySQL protocol only.
 *
 * @param host     the host name or address (IPv6 without brackets)
 * @param port     the port
 * @param user     the user name
 * @param password the password, possibly empty
 * @param database the database, or {@code null}
 * @param options  driver options in our spelling, in URL order
 */
record TestServerUrl(String host, int port, String user, String password, String database,
                     Map<String, String> options) {

    /** The port used when a URL names none. */
    static final int DEFAULT_PORT = 3306;

    /**
     * Creates the parts.
     *
     * @throws NullPointerException when host, user, password or options is {@code null}
     */
    TestServerUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        options = Map.copyOf(options);
    }

    /**
     * Parses a server URL.
     *
     * @param url the URL in one of the accepted forms
     * @return its parts
     * @throws IllegalArgumentException when the URL is malformed, names an HTTP scheme or an unknown option; the
     *                                  message never contains the password
     */
    static TestServerUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        String rest = url.trim();
        boolean ours = false;
        int schemeEnd = rest.indexOf("://");
        if (schemeEnd >= 0) {
            String scheme = rest.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            switch (scheme) {
                case "r2dbc:singlestore" -> ours = true;
                case "singlestoredb", "singlestoredb+mysql", "mysql" -> { }
                default -> throw new IllegalArgumentException("Unsupported URL scheme '" + scheme
                    + "': use r2dbc:singlestore://, singlestoredb://, mysql:// or user:password@host:port/database");
            }
            rest = rest.substring(schemeEnd + 3);
        } else if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }

        String query = null;
        int questionMark = rest.indexOf('?');
        if (questionMark >= 0) {
            query = rest.substring(questionMark + 1);
            rest = rest.substring(0, questionMark);
        }
        String database = null;
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            database = decode(rest.substring(slash + 1));
            if (database.endsWith("/")) {
                database = database.substring(0, database.length() - 1);
            }
            if (database.isEmpty()) {
                database = null;
            }
            rest = rest.substring(0, slash);
        }
        String user = "root";
        String password = "";
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                user = decode(userInfo.substring(0, colon));
                password = decode(userInfo.substring(colon + 1));
            } else {
                user = decode(userInfo);
            }
        }
        String host = rest;
        int port = DEFAULT_PORT;
        String portText = null;
        if (rest.startsWith("[")) {
            int close = rest.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("Malformed IPv6 host in server URL: missing ']'");
            }
            host = rest.substring(1, close);
            if (rest.length() > close + 1) {
                if (rest.charAt(close + 1) != ':') {
                    throw new IllegalArgumentException("Malformed host and port in server URL after ']'");
                }
                portText = rest.substring(close + 2);
            }
        } else {
            int colon = rest.lastIndexOf(':');
            if (colon >= 0) {
                host = rest.substring(0, colon);
                portText = rest.substring(colon + 1);
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("Server URL names no host");
        }
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Server URL has a port that is not a number: '" + portText + "'");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("Server URL has a port out of range: " + port);
            }
        }
        Map<String, String> options = ours ? ownOptions(query) : translatedOptions(query);
        return new TestServerUrl(host, port, user, password, database, options);
    }

    @Override
    public String toString() {
        return "TestServerUrl[" + user + "@" + host + ":" + port + "/" + (database == null ? "" : database)
            + " " + options + "]";
    }

    private static Map<String, String> ownOptions(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String[] pair : pairs(query)) {
            options.put(pair[0], pair[1]);
        }
        return options;
    }

    private static Map<String, String> translatedOptions(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String[] pair : pairs(query)) {
            String key = pair[0].toLowerCase(Locale.ROOT);
            String value = pair[1];
            switch (key) {
                case "ssl_disabled" -> options.put("sslMode", bool(key, value) ? "DISABLED" : "PREFERRED");
                case "multi_statements" -> options.put("allowMultiQueries", Boolean.toString(bool(key, value)));
                case "connect_timeout" -> {
                    try {
                        options.put("connectTimeout", "PT" + Integer.parseInt(value) + "S");
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Option connect_timeout must be whole seconds: '" + value + "'");
                    }
                }
                default -> throw new IllegalArgumentException("Unsupported option in server URL: '" + pair[0]
                    + "' (supported: ssl_disabled, multi_statements, connect_timeout; or use an r2dbc:singlestore:// URL)");
            }
        }
        return options;
    }

    private static boolean bool(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "on", "t", "true", "y", "yes", "enabled", "enable" -> true;
            case "0", "off", "f", "false", "n", "no", "disabled", "disable" -> false;
            default -> throw new IllegalArgumentException("Option " + key + " must be a boolean: '" + value + "'");
        };
    }

    private static Iterable<String[]> pairs(String query) {
        java.util.List<String[]> pairs = new java.util.ArrayList<>();
        if (query == null || query.isEmpty()) {
            return pairs;
        }
        for (String part : query.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String key = decode(equals < 0 ? part : part.substring(0, equals));
            String value = equals < 0 ? "" : decode(part.substring(equals + 1));
            if (key.isEmpty()) {
                throw new IllegalArgumentException("Server URL has an option without a name");
            }
            pairs.add(new String[] {key, value});
        }
        return pairs;
    }

    /**
     * Percent-decodes a URL component as UTF-8 ({@code +} stays a plus sign).
     *
     * @param s the component
     * @return the decoded text
     * @throws IllegalArgumentException on a malformed escape (the message does not repeat the input)
     */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    throw new IllegalArgumentException("Malformed percent escape in server URL");
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("Malformed percent escape in server URL");
                }
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                int end = s.indexOf('%', i);
                if (end < 0) {
                    end = s.length();
                }
                byte[] bytes = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
                i = end - 1;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Percent-encodes a URL component: everything but {@code A-Z a-z 0-9 - . _ ~} as UTF-8 escapes.
     *
     * @param s the text
     * @return the encoded component
     */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
