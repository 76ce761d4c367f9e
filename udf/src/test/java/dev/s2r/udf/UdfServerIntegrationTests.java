/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import static dev.s2r.udf.TestFunctions.bigint;
import static dev.s2r.udf.TestFunctions.perRow;
import static dev.s2r.udf.RowdatBodies.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routes and statuses of the HTTP server over real sockets, called as the engine calls it
 * (python-sdk-services.md §2.5; singlestore-server.md §3.2; python-sdk-audit.md "External functions").
 */
class UdfServerIntegrationTests {

    private static final FunctionSpec DOUBLE = bigint("double_it", null, perRow(x -> 2 * x));

    private UdfServer server;
    private Engine engine;

    private void start(Consumer<UdfConfig.Builder> options, FunctionSpec... functions) {
        UdfConfig.Builder config = UdfConfig.builder().set(UdfOptions.PORT, 0);
        options.accept(config);
        UdfServer.Builder builder = UdfServer.builder().config(config.build())
            .catalog(FakeCatalog::new);
        for (FunctionSpec function : functions) {
            builder.spec(function);
        }
        this.server = builder.build().start().block(Duration.ofSeconds(10));
        this.engine = new Engine(this.server.port());
    }

    @AfterEach
    void stop() {
        if (this.engine != null) {
            this.engine.close();
        }
        if (this.server != null) {
            this.server.shutdown(Duration.ofSeconds(5)).block(Duration.ofSeconds(20));
        }
    }

    @Test
    void aRowdatCallIsAnsweredWithTheResultAsXApplicationRowdat1() {
        start(options -> { }, DOUBLE);

        Engine.Answer answer = this.engine.call("double_it", rows(new long[] {7, 21}, new long[] {9, -4}));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("x-application/rowdat_1");
        assertThat(answer.body()).isEqualTo(rows(new long[] {7, 42}, new long[] {9, -8}));
    }

    @Test
    void aBatchTooLargeToDecodeOnTheEventLoopIsAnsweredAllTheSame() {
        start(options -> { }, DOUBLE);
        long[][] input = new long[20_000][];
        long[][] expected = new long[input.length][];
        for (int i = 0; i < input.length; i++) {
            input[i] = new long[] {i, i};
            expected[i] = new long[] {i, 2L * i};
        }

        Engine.Answer answer = this.engine.call("double_it", rows(input));

        assertThat(rows(input).length).isGreaterThan(64 * 1024);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(rows(expected));
    }

    @Test
    void theOutputFormatFollowsAcceptsNotAccept() {
        start(options -> { }, DOUBLE);
        Map<String, String> headers = Engine.headers("double_it");
        headers.put("Accepts", "application/json");
        headers.put("Accept", "application/vnd.apache.arrow.file");

        Engine.Answer answer = this.engine.call(headers, rows(new long[] {1, 1})).block();

        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.text()).isEqualTo("{\"data\":[[1,2]]}");
    }

    @Test
    void withoutAcceptsTheOutputFormatIsTheInputFormat() {
        start(options -> { }, DOUBLE);
        Map<String, String> headers = Engine.headers("double_it");
        headers.put("Content-Type", "application/json");
        headers.put("Accepts", null);

        Engine.Answer answer = this.engine.call(headers, json("{\"data\": [[5, 21], [6, null]]}")).block();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(answer.text()).isEqualTo("{\"data\":[[5,42],[6,null]]}");
    }

    @Test
    void withoutContentTypeTheInputIsRowdat1() {
        start(options -> { }, DOUBLE);
        Map<String, String> headers = Engine.headers("double_it");
        headers.put("Content-Type", null);
        headers.put("Accepts", null);

        Engine.Answer answer = this.engine.call(headers, rows(new long[] {3, 5})).block();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("x-application/rowdat_1");
        assertThat(answer.body()).isEqualTo(rows(new long[] {3, 10}));
    }

    @Test
    void anUnknownContentTypeIs415AndAnUnknownAcceptsIs406() {
        start(options -> { }, DOUBLE);
        Map<String, String> badInput = Engine.headers("double_it");
        badInput.put("Content-Type", "text/csv");
        Map<String, String> badOutput = Engine.headers("double_it");
        badOutput.put("Accepts", "text/csv");

        assertThat(this.engine.call(badInput, rows(new long[] {1, 1})).block().status()).isEqualTo(415);
        assertThat(this.engine.call(badOutput, rows(new long[] {1, 1})).block().status()).isEqualTo(406);
    }

    @Test
    void anUnknownFunctionIs404WithAnEmptyBody() {
        start(options -> { }, DOUBLE);

        Engine.Answer answer = this.engine.call("no_such_function", rows(new long[] {1, 1}));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.contentType()).isNull();
    }

    @Test
    void namesAreServedWithThePrefixAndSuffix() {
        start(options -> options.set(UdfOptions.NAME_PREFIX, "p_").set(UdfOptions.NAME_SUFFIX, "_s"), DOUBLE);

        assertThat(this.engine.call("p_double_it_s", rows(new long[] {1, 4})).status()).isEqualTo(200);
        assertThat(this.engine.call("double_it", rows(new long[] {1, 4})).status()).isEqualTo(404);
        assertThat(this.server.specs()).extracting(FunctionSpec::name).containsExactly("double_it");
    }

    @Test
    void aWrongOrMissingDataVersionIs400() {
        start(options -> { }, DOUBLE);
        Map<String, String> wrong = Engine.headers("double_it");
        wrong.put("s2-ef-version", "2.0");
        Map<String, String> missing = Engine.headers("double_it");
        missing.put("s2-ef-version", null);

        Engine.Answer wrongAnswer = this.engine.call(wrong, rows(new long[] {1, 1})).block();
        Engine.Answer missingAnswer = this.engine.call(missing, rows(new long[] {1, 1})).block();

        assertThat(wrongAnswer.status()).isEqualTo(400);
        assertThat(wrongAnswer.text()).contains("2.0");
        assertThat(missingAnswer.status()).isEqualTo(400);
    }

    @Test
    void aMalformedBodyIs400WithTheDecodersMessage() {
        start(options -> { }, DOUBLE);
        Map<String, String> jsonCall = Engine.headers("double_it");
        jsonCall.put("Content-Type", "application/json");

        Engine.Answer truncated = this.engine.call("double_it", new byte[] {1, 2, 3});
        Engine.Answer notJson = this.engine.call(jsonCall, json("{\"data\": [[1, 2]")).block();

        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.contentType()).startsWith("text/plain");
        assertThat(truncated.text()).isNotBlank();
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.text()).isNotBlank();
    }

    @Test
    void aFunctionsExceptionIs500WithItsClassAndMessageOnly() {
        start(options -> { }, bigint("divide", null, perRow(x -> 10 / x)));

        Engine.Answer answer = this.engine.call("divide", rows(new long[] {1, 0}));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("text/plain");
        assertThat(answer.text()).isEqualTo("ArithmeticException: / by zero");
    }

    @Test
    void aScalarFunctionReturningTheWrongNumberOfRowsIs500() {
        start(options -> { }, bigint("short", null,
            (input, execution) -> Mono.just(Batch.of(new long[0], 0, dev.s2r.udf.internal.batch.Column.of(
                dev.s2r.udf.internal.batch.WireType.INT64)))));

        Engine.Answer answer = this.engine.call("short", rows(new long[] {1, 1}, new long[] {2, 2}));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.text()).contains("0 rows for 2 input rows");
    }

    @Test
    void aCallPastTheFunctionsTimeoutIs504() {
        start(options -> { }, bigint("slow", Duration.ofSeconds(1), (input, execution) -> Mono.never()));

        Engine.Answer answer = this.engine.call("slow", rows(new long[] {1, 1}));

        assertThat(answer.status()).isEqualTo(504);
        assertThat(answer.text()).isEqualTo("TimeoutError: Function call timed out after 1 seconds");
    }

    @Test
    void aCallPastTheTimeoutOptionIs504() {
        start(options -> options.set(UdfOptions.TIMEOUT, Duration.ofSeconds(1)),
            bigint("slow", null, (input, execution) -> Mono.never()));

        assertThat(this.engine.call("slow", rows(new long[] {1, 1})).status()).isEqualTo(504);
    }

    private static byte[] json(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void statusIsOk() {
        start(options -> { });

        Engine.Answer answer = this.engine.get("/status", Map.of());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/plain");
        assertThat(answer.text()).isEqualTo("{\"status\": \"ok\"}");
    }

    @Test
    void functionInfoIsServedOnTheRootAndItsOwnPath() {
        start(options -> { }, DOUBLE);

        Engine.Answer root = this.engine.get("/", Map.of("Host", "udf.example:9000"));
        Engine.Answer info = this.engine.get("/show/function_info", Map.of("Host", "udf.example:9000"));

        assertThat(root.text())
            .isEqualTo("{\"functions\": {\"double_it\": {}}, \"url\": \"http://udf.example:9000/invoke\"}");
        assertThat(info.text()).isEqualTo(root.text());
        assertThat(info.contentType()).startsWith("text/plain");
    }

    @Test
    void createFunctionNamesTheHostHeadersUrlAndFiltersByName() {
        start(options -> { }, DOUBLE, bigint("other", null, perRow(x -> x)));

        Engine.Answer all = this.engine.get("/show/create_function", Map.of("Host", "udf.example:9000"));
        Engine.Answer one = this.engine.get("/show/create_function", Map.of("s2-ef-name", "other"));

        assertThat(all.text()).isEqualTo("CREATE EXTERNAL FUNCTION `double_it` AS REMOTE SERVICE"
            + " \"http://udf.example:9000/invoke\"\nCREATE EXTERNAL FUNCTION `other` AS REMOTE SERVICE"
            + " \"http://udf.example:9000/invoke\"");
        assertThat(one.text()).startsWith("CREATE EXTERNAL FUNCTION `other`").doesNotContain("double_it");
    }

    @Test
    void createFunctionNamesTheConfiguredUrl() {
        start(options -> options.set(UdfOptions.URL, "https://udf.example/invoke"), DOUBLE);

        Engine.Answer answer = this.engine.get("/show/create_function", Map.of("Host", "ignored:1"));

        assertThat(answer.text()).endsWith("\"https://udf.example/invoke\"");
        assertThat(this.server.url()).isEqualTo("https://udf.example/invoke");
    }

    @Test
    void anyOtherPathOrMethodIs404WithoutContentType() {
        start(options -> { }, DOUBLE);

        Engine.Answer path = this.engine.get("/nowhere", Map.of());
        Engine.Answer method = this.engine.get("/invoke", Map.of());

        assertThat(path.status()).isEqualTo(404);
        assertThat(path.contentType()).isNull();
        assertThat(method.status()).isEqualTo(404);
    }

    @Test
    void withATokenEveryRouteButStatusNeedsIt() {
        start(options -> options.set(UdfOptions.AUTH_TOKEN, "s3cret"), DOUBLE);
        Map<String, String> call = Engine.headers("double_it");
        Map<String, String> authorized = Engine.headers("double_it");
        authorized.put("Authorization", "Bearer s3cret");
        Map<String, String> wrong = Engine.headers("double_it");
        wrong.put("Authorization", "Bearer s3cre");

        assertThat(this.engine.call(call, rows(new long[] {1, 1})).block().status()).isEqualTo(401);
        assertThat(this.engine.call(wrong, rows(new long[] {1, 1})).block().status()).isEqualTo(401);
        assertThat(this.engine.call(authorized, rows(new long[] {1, 1})).block().status()).isEqualTo(200);
        assertThat(this.engine.get("/show/function_info", Map.of()).status()).isEqualTo(401);
        assertThat(this.engine.get("/show/create_function", Map.of()).status()).isEqualTo(401);
        assertThat(this.engine.get("/show/function_info", Map.of("Authorization", "Bearer s3cret")).status())
            .isEqualTo(200);
        assertThat(this.engine.get("/status", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void theUrlDefaultsToTheBoundHostAndPort() {
        start(options -> { }, DOUBLE);

        assertThat(this.server.url()).isEqualTo("http://127.0.0.1:" + this.server.port() + "/invoke");
        assertThat(this.server.port()).isPositive();
    }
}
