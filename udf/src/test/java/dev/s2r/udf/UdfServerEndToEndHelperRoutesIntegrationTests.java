/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The helper routes of a real {@link UdfServer} answered from its real catalog (the DDL and {@code function_info}
 * of {@code internal.ddl}), over real sockets: python-sdk-services.md §2.4 and §2.5, python-sdk-audit.md
 * "External functions" (a) for the URL taken from the {@code Host} header, {@code GET /} and the JSON keys.
 */
class UdfServerEndToEndHelperRoutesIntegrationTests {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String ADD = "CREATE EXTERNAL FUNCTION `add`(`a` BIGINT NOT NULL, `b` BIGINT NOT NULL)"
        + " RETURNS BIGINT NOT NULL AS REMOTE SERVICE \"http://udf.example:9000/invoke\" FORMAT ROWDAT_1";

    private EndToEnd e2e;

    @AfterEach
    void stop() {
        this.e2e.close();
    }

    private static Map<String, String> host(String host) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host);
        return headers;
    }

    private Engine.Answer get(String path, Map<String, String> headers) {
        Engine.Answer answer = this.e2e.engine.get(path, headers);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo(TEXT);
        return answer;
    }

    @Test
    void createFunctionNamesTheHostHeadersUrlWhenNoUrlIsConfigured() {
        this.e2e = new EndToEnd();

        List<String> statements = Arrays.asList(get("/show/create_function", host("udf.example:9000")).text()
            .split("\n"));

        assertThat(statements).hasSize(this.e2e.server.specs().size()).contains(ADD)
            .allSatisfy(statement -> assertThat(statement).startsWith("CREATE EXTERNAL FUNCTION `")
                .contains(" AS REMOTE SERVICE \"http://udf.example:9000/invoke\" FORMAT ROWDAT_1"));
        assertThat(statements).contains("CREATE EXTERNAL FUNCTION `split`(`s` TEXT NULL)"
            + " RETURNS TABLE(`part` TEXT NULL, `position` BIGINT NOT NULL)"
            + " AS REMOTE SERVICE \"http://udf.example:9000/invoke\" FORMAT ROWDAT_1");
    }

    @Test
    void createFunctionWithANameIsThatFunctionsStatementAlone() {
        this.e2e = new EndToEnd();
        Map<String, String> headers = host("udf.example:9000");
        headers.put("s2-ef-name", "add");

        assertThat(get("/show/create_function", headers).text()).isEqualTo(ADD);
    }

    @Test
    void aConfiguredUrlWinsOverTheHostHeader() {
        this.e2e = new EndToEnd(UdfConfig.builder().set(UdfOptions.URL, "https://udf.internal/invoke"));
        Map<String, String> headers = host("udf.example:9000");
        headers.put("s2-ef-name", "upper");

        assertThat(get("/show/create_function", headers).text()).isEqualTo("CREATE EXTERNAL FUNCTION `upper`"
            + "(`s` TEXT NULL) RETURNS TEXT NULL AS REMOTE SERVICE \"https://udf.internal/invoke\" FORMAT ROWDAT_1");
    }

    @Test
    void thePrefixAndSuffixNameTheStatementAndTheCall() {
        this.e2e = new EndToEnd(UdfConfig.builder().set(UdfOptions.NAME_PREFIX, "p_")
            .set(UdfOptions.NAME_SUFFIX, "_s"));
        Map<String, String> headers = host("udf.example:9000");
        headers.put("s2-ef-name", "p_add_s");

        assertThat(get("/show/create_function", headers).text()).isEqualTo(ADD.replace("`add`", "`p_add_s`"));
        assertThat(this.e2e.json("p_add_s", "{\"data\": [[1, 2, 3]]}")).isEqualTo("{\"data\":[[1,5]]}");
        assertThat(this.e2e.engine.call(EndToEnd.headers("add", DataFormat.JSON), "{\"data\": []}".getBytes())
            .block(EndToEnd.WAIT).status()).isEqualTo(404);
    }

    @Test
    void functionInfoHasThePythonServersShapeAndNames() throws Exception {
        this.e2e = new EndToEnd();

        JsonNode functions = new ObjectMapper().readTree(get("/show/function_info", host("udf.example:9000"))
            .text()).get("functions");

        assertThat(functions.fieldNames()).toIterable().containsExactlyInAnyOrder("add", "upper", "coalesce",
            "everything", "scale", "split", "countdown", "repeat", "square");
        assertThat(functions.get("add")).isEqualTo(new ObjectMapper().readTree("""
            {"args": [{"name": "a", "dtype": "int64", "nullable": false, "description": "the first"},
                      {"name": "b", "dtype": "int64", "nullable": false, "description": ""}],
             "returns": [{"dtype": "int64", "nullable": false, "description": ""}],
             "function_type": "udf", "sql_statement": "%s", "summary": "Adds two numbers",
             "long_description": "", "examples": []}""".formatted(ADD.replace("\"", "\\\""))));
        assertThat(functions.get("coalesce").get("args").get(1).get("default").isNull()).isTrue();
        assertThat(functions.get("coalesce").get("args").get(0).has("default")).isFalse();
        assertThat(functions.get("split").get("function_type").asText()).isEqualTo("tvf");
        assertThat(functions.get("split").get("returns")).extracting(column -> column.get("name").asText() + " "
            + column.get("dtype").asText()).containsExactly("part str", "position int64");
    }

    @Test
    void theRootAnswersFunctionInfoToo() {
        this.e2e = new EndToEnd();

        assertThat(get("/", host("udf.example:9000")).text())
            .isEqualTo(get("/show/function_info", host("udf.example:9000")).text());
    }

    @Test
    void statusIsOk() {
        this.e2e = new EndToEnd();

        assertThat(get("/status", Map.of()).text()).isEqualTo("{\"status\": \"ok\"}");
    }
}
