/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import dev.s2r.test.TestServers;
import dev.s2r.udf.UdfServer;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot WebFlux application serves its {@code @Udf} bean on its own port and answers every request exactly
 * as {@link UdfServer} answers it for the same functions: same status, content type and body bytes.
 */
class UdfRouterIntegrationTests {

    private static final String URL = "http://functions.example:8080/invoke";

    private static ConfigurableApplicationContext application;
    private static UdfServer server;

    /** Functions as an application declares them, in a bean. */
    public static class Functions {

        /** @return three times x */
        @Udf
        public long triple(long x) {
            return 3 * x;
        }

        /** @return a greeting */
        @Udf
        public String greet(String name) {
            return "hello " + name;
        }
    }

    /** A WebFlux application with a bean of functions and a database. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        Functions functions() {
            return new Functions();
        }
    }

    @BeforeAll
    static void start() {
        application = new SpringApplicationBuilder(App.class)
            .web(WebApplicationType.REACTIVE)
            .run("--server.port=0", "--server.address=127.0.0.1", "--s2r.udf.url=" + URL,
                "--spring.r2dbc.url=" + TestServers.shared().url(),
                "--management.endpoint.health.show-components=always");
        server = UdfServer.builder()
            .config(UdfConfig.builder().set(UdfOptions.PORT, 0).set(UdfOptions.URL, URL).build())
            .function(new Functions())
            .build()
            .start()
            .block(Duration.ofSeconds(10));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.shutdown(Duration.ZERO).block(Duration.ofSeconds(10));
        }
        if (application != null) {
            application.close();
        }
    }

    @Test
    void aRowdat1CallIsAnsweredAsTheUdfServerAnswersIt() {
        // ROWDAT_1 (python-sdk-services.md §2.8): per row an int64 LE row id, then per column a null byte and an
        // int64 LE
        byte[] body = ByteBuffer.allocate(34).order(ByteOrder.LITTLE_ENDIAN)
            .putLong(1).put((byte) 0).putLong(5)
            .putLong(2).put((byte) 0).putLong(-7)
            .array();
        Map<String, String> headers = call("triple", "application/octet-stream");

        Answer answer = post(appPort(), "/invoke", headers, body);

        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("x-application/rowdat_1");
        assertThat(Base64.getDecoder().decode(answer.body())).isEqualTo(ByteBuffer.allocate(34)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putLong(1).put((byte) 0).putLong(15)
            .putLong(2).put((byte) 0).putLong(-21)
            .array());
        assertThat(answer).isEqualTo(post(server.port(), "/invoke", headers, body));
    }

    @Test
    void aJsonCallIsAnsweredAsTheUdfServerAnswersIt() {
        byte[] body = "{\"data\": [[1, \"ada\"], [2, \"bob\"]]}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = call("greet", "application/json");

        Answer answer = post(appPort(), "/invoke", headers, body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("hello ada", "hello bob");
        assertThat(answer).isEqualTo(post(server.port(), "/invoke", headers, body));
    }

    @Test
    void aRowdat1CallAnsweredInJsonAsTheUdfServerAnswersIt() {
        byte[] body = ByteBuffer.allocate(17).order(ByteOrder.LITTLE_ENDIAN).putLong(9).put((byte) 0).putLong(4)
            .array();
        Map<String, String> headers = call("triple", "application/octet-stream");
        headers.put("accepts", "application/json");

        Answer answer = post(appPort(), "/invoke", headers, body);

        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer).isEqualTo(post(server.port(), "/invoke", headers, body));
    }

    @Test
    void anUnknownFunctionIs404WithAnEmptyBody() {
        Map<String, String> headers = call("nosuch", "application/octet-stream");

        Answer answer = post(appPort(), "/invoke", headers, new byte[0]);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEmpty();
        assertThat(answer).isEqualTo(post(server.port(), "/invoke", headers, new byte[0]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"version", "content-type", "accepts", "body"})
    void aRefusedCallIsAnsweredAsTheUdfServerAnswersIt(String wrong) {
        Map<String, String> headers = call("triple", "application/octet-stream");
        byte[] body = {1, 2, 3};
        switch (wrong) {
            case "version" -> headers.put("s2-ef-version", "9.9");
            case "content-type" -> headers.put("content-type", "text/csv");
            case "accepts" -> headers.put("accepts", "text/csv");
            default -> { } // three bytes are not a ROWDAT_1 row: 400
        }

        Answer answer = post(appPort(), "/invoke", headers, body);

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer).isEqualTo(post(server.port(), "/invoke", headers, body));
    }

    @Test
    void statusIsAnsweredAsTheUdfServerAnswersIt() {
        Answer answer = get(appPort(), "/status");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).isEqualTo("{\"status\": \"ok\"}");
        assertThat(answer).isEqualTo(get(server.port(), "/status"));
    }

    @Test
    void functionInfoIsAnsweredAsTheUdfServerAnswersIt() {
        Answer answer = get(appPort(), "/show/function_info");

        assertThat(answer.text()).contains("triple", "greet");
        assertThat(answer).isEqualTo(get(server.port(), "/show/function_info"));
    }

    @Test
    void createFunctionIsAnsweredAsTheUdfServerAnswersIt() {
        Answer answer = get(appPort(), "/show/create_function");

        assertThat(answer.text()).contains("CREATE", URL);
        assertThat(answer).isEqualTo(get(server.port(), "/show/create_function"));
    }

    @Test
    void theApplicationsHealthIncludesTheDatabase() {
        Answer answer = get(appPort(), "/actuator/health");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).contains("\"singlestore\":{", "\"status\":\"UP\"");
    }

    private static Map<String, String> call(String name, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("s2-ef-name", name);
        headers.put("s2-ef-version", "1.0");
        headers.put("content-type", contentType);
        return headers;
    }

    private static int appPort() {
        return Integer.parseInt(application.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static Answer post(int port, String path, Map<String, String> headers, byte[] body) {
        return HttpClient.create()
            .headers(out -> headers.forEach(out::set))
            .post()
            .uri("http://127.0.0.1:" + port + path)
            .send(ByteBufFlux.fromInbound(Mono.just(body)))
            .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                .map(bytes -> new Answer(response.status().code(), response.responseHeaders().get("content-type"),
                    Base64.getEncoder().encodeToString(bytes))))
            .block(Duration.ofSeconds(30));
    }

    private static Answer get(int port, String path) {
        return HttpClient.create()
            .get()
            .uri("http://127.0.0.1:" + port + path)
            .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(new byte[0])
                .map(bytes -> new Answer(response.status().code(), response.responseHeaders().get("content-type"),
                    Base64.getEncoder().encodeToString(bytes))))
            .block(Duration.ofSeconds(30));
    }

    /**
     * What a client sees of an answer.
     *
     * @param status the status
     * @param contentType the content type, {@code null} when none
     * @param body the body, Base64
     */
    record Answer(int status, String contentType, String body) {

        String text() {
            return new String(Base64.getDecoder().decode(this.body), StandardCharsets.UTF_8);
        }
    }
}
