/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The LINK a remote function's DDL attaches, and the {@code CREATE LINK} statement that creates it when a config or
 * credentials are configured: {@code CREATE LINK `name` AS HTTP CREDENTIALS '<json>' [CONFIG '<json>']}.
 * CREDENTIALS is always written ({@code '{}'} when none are configured), as the engine requires it, and quotes and
 * backslashes in the JSON are escaped (python-sdk-audit.md "External functions" (b)).
 * <p>
 * A link created without a configured name is called {@code s2r_udf_link_} and 16 hex digits of the SHA-256 of the
 * service endpoint: stable across restarts of one server, so that replacing its functions finds it again, and told
 * apart from names users choose by {@link #isGenerated(String)}.
 * <p>
 * The credentials are a secret: {@link #toString()} and every message leave them out; only
 * {@link #createStatement()} holds them.
 */
public final class LinkDdl {

    private static final String GENERATED_PREFIX = "s2r_udf_link_";
    private static final int GENERATED_HEX_DIGITS = 16;
    private static final Pattern GENERATED = Pattern.compile(GENERATED_PREFIX + "[0-9a-f]{" + GENERATED_HEX_DIGITS
        + "}");
    private static final Pattern NAME = Pattern.compile("[\\w_]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String config;
    private final String credentials;

    private LinkDdl(String name, String config, String credentials) {
        this.name = name;
        this.config = config;
        this.credentials = credentials;
    }

    /**
     * @param config the server's settings: link name, config and credentials; no link in collocated mode
     * @param endpoint the service endpoint, which a generated link name is derived from
     * @return the link, empty when none is configured
     * @throws IllegalArgumentException when the name is not {@code ^[\w_]+$} or the config or the credentials are
     *                                  not a JSON object (the message never quotes the credentials)
     */
    public static Optional<LinkDdl> of(UdfConfig config, String endpoint) {
        String name = config.get(UdfOptions.LINK_NAME);
        String linkConfig = blankToNull(config.get(UdfOptions.LINK_CONFIG));
        String credentials = blankToNull(config.get(UdfOptions.LINK_CREDENTIALS));
        boolean none = name == null && linkConfig == null && credentials == null;
        if (none || config.get(UdfOptions.SOCKET_PATH) != null) {
            return Optional.empty();
        }
        if (name != null && !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a link name matches ^[\\w_]+$: " + name);
        }
        if (linkConfig != null) {
            checkObject(linkConfig, UdfOptions.LINK_CONFIG.flag());
        }
        if (credentials != null) {
            checkObject(credentials, UdfOptions.LINK_CREDENTIALS.flag());
        }
        boolean creates = linkConfig != null || credentials != null;
        String linkName = name != null ? name : generatedName(endpoint);
        return Optional.of(creates ? new LinkDdl(linkName, linkConfig, credentials == null ? "{}" : credentials)
            : new LinkDdl(linkName, null, null));
    }

    /**
     * @param name a link name
     * @return whether it has the form of a name this class generates
     */
    public static boolean isGenerated(String name) {
        return GENERATED.matcher(name).matches();
    }

    /** @return the link's name, unquoted */
    public String name() {
        return this.name;
    }

    /** @return whether registration creates the link (config or credentials are configured) */
    public boolean creates() {
        return this.credentials != null;
    }

    /**
     * @return the {@code CREATE LINK} statement; a secret, as it holds the credentials: never log it
     * @throws IllegalStateException when the link is only referenced, not created
     */
    public String createStatement() {
        if (!creates()) {
            throw new IllegalStateException("link " + this.name + " is referenced, not created");
        }
        String statement = "CREATE LINK " + SqlText.identifier(this.name) + " AS HTTP CREDENTIALS "
            + SqlText.singleQuoted(this.credentials);
        return this.config == null ? statement : statement + " CONFIG " + SqlText.singleQuoted(this.config);
    }

    @Override
    public String toString() {
        return "LinkDdl{name=" + this.name + ", creates=" + creates() + "}";
    }

    private static String generatedName(String endpoint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(endpoint.getBytes(StandardCharsets.UTF_8));
            return GENERATED_PREFIX + HexFormat.of().formatHex(digest).substring(0, GENERATED_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Neither the value nor the parser's message (which quotes it) goes into the exception. */
    private static void checkObject(String json, String flag) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(flag + " is not a JSON object");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
