/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.Udf;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.s2r.udf.RowdatBodies.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UdfCalls} answers a host server's requests as {@link UdfServer} does (python-sdk-services.md §2.5), without
 * a socket: the host hands it headers and a whole body and writes back the status, content type and body.
 */
class UdfCallsTests {

    /** Functions as an application declares them. */
    public static final class Functions {

        /** @return twice x */
        @Udf
        public long twice(long x) {
            return 2 * x;
        }
    }

    private final UdfCalls calls = UdfCalls.of(UdfConfig.builder().set(UdfOptions.NAME_PREFIX, "app_")
        .set(UdfOptions.AUTH_TOKEN, "sesame").build(), List.of(new Functions()));

    @AfterEach
    void close() {
        this.calls.close();
    }

    @Test
    void aRowdat1CallIsAnsweredWithTheResultInRowdat1() {
        UdfAnswer answer = this.calls.invoke(call("app_twice"), Unpooled.wrappedBuffer(rows(new long[] {7, 21})))
            .block(Duration.ofSeconds(10));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("x-application/rowdat_1");
        assertThat(bytes(answer.body())).isEqualTo(rows(new long[] {7, 42}));
    }

    @Test
    void anUnknownFunctionIs404WithoutBody() {
        UdfAnswer answer = this.calls.invoke(call("twice"), Unpooled.wrappedBuffer(rows(new long[] {1, 1})))
            .block(Duration.ofSeconds(10));

        assertThat(answer).isEqualTo(new UdfAnswer(404, null, null));
    }

    @Test
    void aMalformedBodyIs400WithTheReasonAsText() {
        UdfAnswer answer = this.calls.invoke(call("app_twice"), Unpooled.wrappedBuffer(new byte[] {1, 2, 3}))
            .block(Duration.ofSeconds(10));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo(UdfCalls.TEXT_PLAIN);
        assertThat(answer.body()).isNotNull();
        answer.body().release();
    }

    @Test
    void functionsAreNamedWithThePrefix() {
        assertThat(this.calls.functionNames()).containsExactly("app_twice");
    }

    @Test
    void theCatalogNamesTheGivenUrl() {
        assertThat(this.calls.createFunctions("http://host:1/invoke", Optional.empty()))
            .contains("app_twice", "http://host:1/invoke");
        assertThat(this.calls.functionInfo("http://host:1/invoke")).contains("app_twice");
    }

    @Test
    void onlyTheConfiguredBearerTokenIsAuthorized() {
        assertThat(this.calls.authorized("Bearer sesame")).isTrue();
        assertThat(this.calls.authorized("Bearer other")).isFalse();
        assertThat(this.calls.authorized(null)).isFalse();
        UdfAnswer refused = this.calls.unauthorized();
        assertThat(refused.status()).isEqualTo(401);
        assertThat(text(refused.body())).isEqualTo("Unauthorized");
    }

    @Test
    void theBodyCapIsMaxBodySize() {
        UdfAnswer refused = this.calls.tooLarge();

        assertThat(this.calls.maxBodySize()).isEqualTo(UdfConfig.defaults().get(UdfOptions.MAX_BODY_SIZE));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(text(refused.body())).contains(String.valueOf(this.calls.maxBodySize()));
    }

    private static Map<String, String> call(String name) {
        return Map.of("S2-EF-Name", name, "s2-ef-version", "1.0", "Content-Type", "application/octet-stream");
    }

    private static byte[] bytes(ByteBuf body) {
        try {
            return ByteBufUtil.getBytes(body);
        } finally {
            body.release();
        }
    }

    private static String text(ByteBuf body) {
        return new String(bytes(body), StandardCharsets.UTF_8);
    }
}
