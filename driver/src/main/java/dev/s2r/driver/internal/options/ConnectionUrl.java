/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.options;

import dev.s2r.driver.api.HaMode;
import dev.s2r.driver.api.HostAndPort;
import dev.s2r.driver.api.Transport;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A connection URL as accepted by {@code SINGLESTOREDB_URL} and the {@code url} option: the driver's own
 * {@code r2dbc:singlestore://user:password@host:port/database?key=value}, the SingleStore Python SDK's
 * {@code singlestoredb://…}, {@code singlestoredb+mysql://…} and {@code mysql://…}, and the scheme-less
 * {@code user:password@host:port/database} (no {@code //}: it is prepended, as the Python SDK does); the Data API's
 * {@code r2dbc:singlestore:https://…}, {@code http(s)://…} and {@code singlestoredb+http(s)://…} set the
 * {@code transport} part.
 *
 * <p>The authority may list several hosts, {@code h1:3306,h2,[::1]:3307}: the list becomes the {@code host} part
 * (without a {@code port} part), and {@code r2dbc:singlestore:loadbalance://} (or {@code sequential},
 * {@code failover}, {@code load-balance}) sets the {@code haMode} part.
 *
 * <p>User, password, database and query parts are URL-decoded ({@code +} is a space). The first path segment is
 * the database. The query keys are kept as written; the option registry matches them. No error message ever
 * contains the URL or any part of it, not even a malformed port: a URL usually holds a password, and one with an
 * unencoded {@code @ : / ? #} is cut in the wrong place, so that the host and the port may hold pieces of it.
 */
public final class ConnectionUrl {

    /** Why a message does not quote the host or the port, and the remedy. */
    private static final String NOT_REPEATED = "; the value is not repeated, as it may hold part of a password: "
        + "percent-encode '@', ':', '/', '?' and '#' in a URL's password";

    private final Map<String, Object> parts;
    private final Map<String, String> query;

    private ConnectionUrl(Map<String, Object> parts, Map<String, String> query) {
        this.parts = Collections.unmodifiableMap(parts);
        this.query = Collections.unmodifiableMap(query);
    }

    /**
     * @return host, port (Integer), user, password, database, haMode ({@link HaMode}), transport
     * ({@link Transport}): only the parts present
     */
    public Map<String, Object> parts() {
        return this.parts;
    }

    /** @return the query parameters in order, the last value of a repeated key winning */
    public Map<String, String> query() {
        return this.query;
    }

    /**
     * @param value  the URL
     * @param origin where it came from, for messages (e.g. {@code environment variable SINGLESTOREDB_URL})
     * @return the parsed URL
     * @throws IllegalArgumentException when the URL is malformed or names an unsupported protocol
     */
    public static ConnectionUrl parse(String value, String origin) {
        String text = value.trim();
        String lower = text.toLowerCase(Locale.ROOT);
        String rest;
        HaMode haMode = null;
        Transport transport = null;
        if (lower.startsWith("r2dbc:")) {
            String afterR2dbc = lower.substring("r2dbc:".length());
            if (afterR2dbc.startsWith("singlestore://")) {
                rest = text.substring("r2dbc:singlestore:".length());
            } else if (afterR2dbc.startsWith("singlestore:") && afterR2dbc.indexOf("://") > 0) {
                String protocol = afterR2dbc.substring("singlestore:".length(), afterR2dbc.indexOf("://"));
                if (protocol.equals("http") || protocol.equals("https")) {
                    transport = Transport.parse(protocol);
                } else {
                    haMode = protocol(protocol, origin);
                }
                rest = text.substring("r2dbc:singlestore:".length() + protocol.length() + 1);
            } else if (afterR2dbc.startsWith("singlestore:")) {
                throw new IllegalArgumentException("The connection URL in " + origin + " has no '//' after "
                    + "'r2dbc:singlestore:'");
            } else {
                throw new IllegalArgumentException("The connection URL in " + origin + " names another R2DBC driver; "
                    + "expected r2dbc:singlestore://");
            }
        } else {
            int separator = text.indexOf("://");
            if (separator >= 0) {
                String scheme = lower.substring(0, separator);
                if (scheme.startsWith("singlestoredb+")) {
                    scheme = scheme.substring("singlestoredb+".length());
                }
                transport = scheme(scheme, origin);
                rest = text.substring(separator + 1);
            } else {
                rest = text.startsWith("//") ? text : "//" + text;
            }
        }
        ConnectionUrl url = parseHierarchical(rest.substring(2), origin);
        if (haMode != null || transport != null) {
            Map<String, Object> parts = new LinkedHashMap<>(url.parts);
            if (haMode != null) {
                parts.put("haMode", haMode);
            }
            if (transport != null) {
                parts.put("transport", transport);
            }
            return new ConnectionUrl(parts, url.query);
        }
        return url;
    }

    /** The protocol of {@code r2dbc:singlestore:<protocol>://}: an HA mode; the Data API is not supported yet. */
    private static HaMode protocol(String protocol, String origin) {
        try {
            return HaMode.ofProtocol(protocol);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The connection URL in " + origin + ": " + e.getMessage());
        }
    }

    /** @return the transport a scheme names, or {@code null} for the default (the MySQL protocol) */
    private static Transport scheme(String scheme, String origin) {
        switch (scheme) {
            case "singlestoredb":
                return null;
            case "mysql":
                return Transport.MYSQL;
            case "http":
            case "https":
                return Transport.parse(scheme);
            default:
                throw new IllegalArgumentException("The connection URL in " + origin + " has an unsupported "
                    + "scheme; expected r2dbc:singlestore://, singlestoredb://, mysql://, http://, https:// or "
                    + "user:password@host");
        }
    }

    private static ConnectionUrl parseHierarchical(String text, String origin) {
        Map<String, Object> parts = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        int end = indexOfAny(text, "/?#", 0);
        String authority = end < 0 ? text : text.substring(0, end);
        String remainder = end < 0 ? "" : text.substring(end);
        int fragment = remainder.indexOf('#');
        if (fragment >= 0) {
            remainder = remainder.substring(0, fragment);
        }
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon), "user", origin);
            if (!user.isEmpty()) {
                parts.put("user", user);
                if (colon >= 0) {
                    parts.put("password", decode(userInfo.substring(colon + 1), "password", origin));
                }
            }
            authority = authority.substring(at + 1);
        }
        hostAndPort(authority, parts, origin);
        int question = remainder.indexOf('?');
        String path = question < 0 ? remainder : remainder.substring(0, question);
        if (path.startsWith("/")) {
            String first = path.substring(1);
            int slash = first.indexOf('/');
            String database = decode(slash < 0 ? first : first.substring(0, slash), "database", origin);
            if (!database.isEmpty()) {
                parts.put("database", database);
            }
        }
        if (question >= 0) {
            for (String pair : remainder.substring(question + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals), "query", origin);
                String val = equals < 0 ? "" : decode(pair.substring(equals + 1), "query", origin);
                query.remove(key);
                query.put(key, val);
            }
        }
        return new ConnectionUrl(parts, query);
    }

    private static void hostAndPort(String authority, Map<String, Object> parts, String origin) {
        if (authority.indexOf(',') >= 0) {
            // Several hosts, each with its own optional port: the host option parses the list.
            parts.put("host", authority);
            return;
        }
        String[] split;
        try {
            split = HostAndPort.split(authority);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The host of the connection URL in " + origin + " is malformed: "
                + e.getMessage() + NOT_REPEATED);
        }
        String host = split[0];
        String port = split[1];
        if (!host.isEmpty()) {
            parts.put("host", host);
        }
        if (port != null && !port.isEmpty()) {
            if (!port.chars().allMatch(c -> c >= '0' && c <= '9') || port.length() > 5) {
                throw new IllegalArgumentException("Option 'port' from the connection URL in " + origin
                    + " expects a number between 1 and 65535" + NOT_REPEATED);
            }
            parts.put("port", Integer.parseInt(port));
        }
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String decode(String text, String part, String origin) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes the text, which may be a password: never chain or repeat it.
            throw new IllegalArgumentException("The " + part + " part of the connection URL in " + origin
                + " has a malformed %-escape");
        }
    }
}
