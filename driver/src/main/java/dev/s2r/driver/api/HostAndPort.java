/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One server address: a host name or IP address and a port. {@link #toString()} gives {@code host:port}, with an
 * IPv6 address in brackets ({@code [::1]:3306}).
 */
public final class HostAndPort {

    private final String host;
    private final int port;

    private HostAndPort(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * @param host a host name or an IP address (an IPv6 address with or without brackets)
     * @param port the port, 1 to 65535
     * @return the address
     * @throws IllegalArgumentException for an empty host or a port out of range
     */
    public static HostAndPort of(String host, int port) {
        Arguments.notNull(host, "host");
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (name.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
        }
        return new HostAndPort(name, port);
    }

    /**
     * Parses a comma-separated list of {@code host[:port]} entries, e.g. {@code h1:3306,h2,[::1]:3307}. An IPv6
     * address takes a port only in brackets; a bare IPv6 address ({@code ::1}) is a host without a port.
     *
     * @param text        the list
     * @param defaultPort the port of entries that have none
     * @return the addresses, in order, at least one
     * @throws IllegalArgumentException naming the entry that is empty or malformed by its position only: no message
     *                                  repeats the list, which may be a URL's user info cut in the wrong place
     */
    public static List<HostAndPort> parseList(String text, int defaultPort) {
        Arguments.notNull(text, "host list");
        if (text.indexOf('@') >= 0 || text.indexOf('/') >= 0) {
            throw new IllegalArgumentException("a host list holds host[:port] entries only, without '@' or '/'");
        }
        String[] entries = text.split(",", -1);
        List<HostAndPort> hosts = new ArrayList<>(entries.length);
        for (int i = 0; i < entries.length; i++) {
            hosts.add(parseEntry(entries[i].trim(), defaultPort, entries.length == 1 ? "" : " (entry " + (i + 1)
                + " of " + entries.length + ")"));
        }
        return Collections.unmodifiableList(hosts);
    }

    private static HostAndPort parseEntry(String entry, int defaultPort, String where) {
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("a host must not be empty" + where);
        }
        String[] parts;
        try {
            parts = split(entry);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + where);
        }
        String host = parts[0];
        String port = parts[1];
        if (host.isBlank()) {
            throw new IllegalArgumentException("a host must not be empty" + where);
        }
        return new HostAndPort(host, port == null || port.isEmpty() ? defaultPort : port(port, where));
    }

    /**
     * Splits one {@code host[:port]} entry: an IPv6 address takes a port only in brackets ({@code [::1]:3307}); a
     * bare IPv6 address ({@code ::1}) is a host without a port.
     *
     * @param entry the entry
     * @return the host (without brackets) and the port text, {@code null} when there is none
     * @throws IllegalArgumentException when a bracket is not closed or is followed by anything but {@code :port}
     */
    public static String[] split(String entry) {
        if (entry.startsWith("[")) {
            int close = entry.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("an IPv6 address must end with ']'");
            }
            String after = entry.substring(close + 1);
            if (!after.isEmpty() && !after.startsWith(":")) {
                throw new IllegalArgumentException("only ':port' may follow an IPv6 address in brackets");
            }
            return new String[]{entry.substring(1, close), after.isEmpty() ? null : after.substring(1)};
        }
        int colon = entry.indexOf(':');
        if (colon >= 0 && colon == entry.lastIndexOf(':')) {
            return new String[]{entry.substring(0, colon), entry.substring(colon + 1)};
        }
        return new String[]{entry, null};
    }

    /** The port of an entry; the text is not repeated, as it may be a piece of a password. */
    private static int port(String text, String where) {
        if (text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
            || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            throw new IllegalArgumentException("a port must be a number between 1 and 65535" + where);
        }
        return Integer.parseInt(text);
    }

    /**
     * @param hosts addresses
     * @return them as a list {@link #parseList(String, int)} reads back
     */
    public static String format(List<HostAndPort> hosts) {
        List<String> parts = new ArrayList<>(hosts.size());
        hosts.forEach(host -> parts.add(host.toString()));
        return String.join(",", parts);
    }

    /** @return the host name or IP address (an IPv6 address without brackets) */
    public String host() {
        return this.host;
    }

    /** @return the port */
    public int port() {
        return this.port;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostAndPort && ((HostAndPort) other).host.equals(this.host)
            && ((HostAndPort) other).port == this.port;
    }

    @Override
    public int hashCode() {
        return this.host.hashCode() * 31 + this.port;
    }

    @Override
    public String toString() {
        return (this.host.indexOf(':') >= 0 ? "[" + this.host + "]" : this.host) + ":" + this.port;
    }
}
