/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.test.TestUser;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the {@code Authorization} header (singlestore-server.md §2.3): {@code Basic base64(user:password)} of a
 * database user, or {@code Bearer <JWT>} of a token registered on the server. The password of a Basic header is
 * checked by the engine itself when the request logs in; a configured user set, when there is one, is checked here
 * first.
 */
final class Authenticator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder URL_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final Map<String, TestUser> tokens = new ConcurrentHashMap<>();
    private final Set<TestUser> users;
    private final Clock clock;
    private final byte[] key = new byte[32];

    /**
     * @param users the only accounts accepted with Basic credentials, or an empty set for any database account
     * @param clock the clock of token expiry
     */
    Authenticator(Set<TestUser> users, Clock clock) {
        this.users = Set.copyOf(users);
        this.clock = clock;
        new SecureRandom().nextBytes(this.key);
    }

    /**
     * @param header the {@code Authorization} header, or {@code null}
     * @return the database account the request runs as
     * @throws DataApiFailure (401) when the header is missing, malformed, or names an unknown token or user
     */
    TestUser authenticate(String header) {
        if (header == null || header.isBlank()) {
            // §2.3: "Unauthenticated requests get 401 with a WWW-Authenticate header"; [unverified] the text
            throw DataApiFailure.unauthorized("Unauthorized: missing Authorization header");
        }
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String credentials = space < 0 ? "" : header.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Basic")) {
            return basic(credentials);
        }
        if (scheme.equalsIgnoreCase("Bearer")) {
            return bearer(credentials);
        }
        throw DataApiFailure.unauthorized("Unauthorized: unsupported authorization scheme");
    }

    private TestUser basic(String credentials) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw DataApiFailure.unauthorized("Unauthorized: malformed Basic credentials");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            // Go's Request.BasicAuth() needs the colon
            throw DataApiFailure.unauthorized("Unauthorized: malformed Basic credentials");
        }
        TestUser user = new TestUser(decoded.substring(0, colon), decoded.substring(colon + 1));
        if (!this.users.isEmpty() && !this.users.contains(user)) {
            // §2.4: 401 for bad credentials
            throw DataApiFailure.unauthorized("Unauthorized: invalid username or password");
        }
        return user;
    }

    /**
     * §2.3/§2.4: a JWT the service cannot validate answers 401. Here a token is valid when it was registered and,
     * if it carries an {@code exp} claim, has not expired. [unverified] the texts.
     */
    private TestUser bearer(String token) {
        TestUser user = this.tokens.get(token);
        if (user == null) {
            throw DataApiFailure.unauthorized("Unauthorized: invalid JWT");
        }
        Long expiry = expiry(token);
        if (expiry != null && expiry <= this.clock.instant().getEpochSecond()) {
            throw DataApiFailure.unauthorized("Unauthorized: JWT is expired");
        }
        return user;
    }

    private static Long expiry(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode exp = claims.get("exp");
            return exp != null && exp.isNumber() ? exp.longValue() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * Registers a token that authenticates as a database account.
     *
     * @param token the token, as sent after {@code Bearer }
     * @param user  the account
     */
    void register(String token, TestUser user) {
        this.tokens.put(token, user);
    }

    /**
     * Issues and registers an HS256-signed JWT with the claims {@code username} and {@code exp}.
     *
     * @param user     the account
     * @param validFor how long from now it is valid; negative for a token already expired
     * @return the token
     */
    String issue(TestUser user, Duration validFor) {
        String header = URL_ENCODER.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));
        Map<String, Object> claims = Map.of("username", user.name(), "exp",
            this.clock.instant().plus(validFor).getEpochSecond());
        String payload;
        try {
            payload = URL_ENCODER.encodeToString(MAPPER.writeValueAsBytes(claims));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
            String signed = header + "." + payload;
            String token = signed + "." + URL_ENCODER.encodeToString(
                mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII)));
            register(token, user);
            return token;
        } catch (GeneralSecurityException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot sign a JWT", e);
        }
    }
}
