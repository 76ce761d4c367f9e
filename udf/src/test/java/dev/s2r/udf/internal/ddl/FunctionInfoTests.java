/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape of python-sdk-services.md §2.5 and python-sdk-audit.md "External functions" (a). */
class FunctionInfoTests {

    private static final String URL = "http://10.0.0.5:8000/invoke";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aScalarFunctionsInfoHasEveryKeyInOrder() {
        String json = new FunctionInfo(List.of(Functions.add()), UdfConfig.defaults()).json(URL);

        assertThat(json).isEqualTo("{\"functions\":{\"add\":{"
            + "\"args\":[{\"name\":\"a\",\"dtype\":\"int64\",\"nullable\":false,\"description\":\"the first\"},"
            + "{\"name\":\"b\",\"dtype\":\"float64\",\"nullable\":true,\"description\":\"\",\"default\":null}],"
            + "\"returns\":[{\"dtype\":\"float64\",\"nullable\":false,\"description\":\"the sum\"}],"
            + "\"function_type\":\"udf\","
            + "\"sql_statement\":\"CREATE EXTERNAL FUNCTION `add`(`a` BIGINT NOT NULL, `b` DOUBLE NULL DEFAULT NULL)"
            + " RETURNS DOUBLE NOT NULL AS REMOTE SERVICE \\\"http://10.0.0.5:8000/invoke\\\" FORMAT ROWDAT_1\","
            + "\"summary\":\"Adds two numbers\",\"long_description\":\"\",\"examples\":[]}}}");
    }

    @Test
    void aTableValuedFunctionNamesItsReturnColumnsAndDefaultsReadAsValues() throws Exception {
        JsonNode split = MAPPER.readTree(new FunctionInfo(List.of(Functions.split()), UdfConfig.defaults()).json(URL))
            .get("functions").get("split");

        assertThat(split.get("function_type").asText()).isEqualTo("tvf");
        assertThat(split.get("args").get(0).get("default").asText()).isEqualTo("a,b");
        assertThat(split.get("returns").get(1).get("name").asText()).isEqualTo("position");
        assertThat(split.get("returns").get(1).get("dtype").asText()).isEqualTo("int64");
    }

    @Test
    void numericAndQuotedDefaultsReadAsTheValuesTheyStandFor() throws Exception {
        FunctionSpec scaled = new FunctionSpec("scaled", List.of(
            new ArgSpec("factor", "DOUBLE", WireType.FLOAT64, false, "2.5", ""),
            new ArgSpec("label", "TEXT", WireType.STRING, false, "'it\\'s'", "")),
            Functions.greet().returns(), FunctionKind.UDF, false, null, "", (input, exec) -> null);

        JsonNode args = MAPPER.readTree(new FunctionInfo(List.of(scaled), UdfConfig.defaults()).json(URL))
            .get("functions").get("scaled").get("args");

        assertThat(args.get(0).get("default").isNumber()).isTrue();
        assertThat(args.get(0).get("default").asDouble()).isEqualTo(2.5);
        assertThat(args.get(1).get("default").asText()).isEqualTo("it's");
    }

    @Test
    void functionsAreKeyedByTheirPrefixedNamesAndTheStatementReplacesWhenConfigured() throws Exception {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.NAME_PREFIX, "x_").set(UdfOptions.REPLACE_EXISTING, true)
            .build();

        JsonNode functions = MAPPER.readTree(new FunctionInfo(List.of(Functions.greet(), Functions.add()), config)
            .json(URL)).get("functions");

        assertThat(functions.fieldNames()).toIterable().containsExactly("x_greet", "x_add");
        assertThat(functions.get("x_greet").get("sql_statement").asText())
            .startsWith("CREATE OR REPLACE EXTERNAL FUNCTION `x_greet`(");
    }

    @Test
    void createFunctionsIsOneStatementPerLine() {
        FunctionInfo info = new FunctionInfo(List.of(Functions.greet(), Functions.split()), UdfConfig.defaults());

        assertThat(info.createFunctions(URL, Optional.empty()).split("\n")).containsExactly(
            "CREATE EXTERNAL FUNCTION `greet`(`name` TEXT NULL) RETURNS TEXT NULL"
                + " AS REMOTE SERVICE \"http://10.0.0.5:8000/invoke\" FORMAT ROWDAT_1",
            "CREATE EXTERNAL FUNCTION `split`(`s` TEXT NOT NULL DEFAULT 'a,b')"
                + " RETURNS TABLE(`part` TEXT NOT NULL, `position` BIGINT NULL)"
                + " AS REMOTE SERVICE \"http://10.0.0.5:8000/invoke\" FORMAT ROWDAT_1");
    }

    @Test
    void createFunctionsFiltersByTheSqlName() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.NAME_SUFFIX, "_v2").build();
        FunctionInfo info = new FunctionInfo(List.of(Functions.greet(), Functions.split()), config);

        assertThat(info.createFunctions(URL, Optional.of("split_v2")))
            .startsWith("CREATE EXTERNAL FUNCTION `split_v2`(").doesNotContain("\n");
        assertThat(info.createFunctions(URL, Optional.of("split"))).isEmpty();
    }

    @Test
    void neitherAnswerHoldsTheLinksCredentials() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.LINK_CREDENTIALS, "{\"token\":\"s3cr3t\"}").build();
        FunctionInfo info = new FunctionInfo(List.of(Functions.greet()), config);

        assertThat(info.createFunctions(URL, Optional.empty())).contains(" LINK `s2r_udf_link_")
            .doesNotContain("s3cr3t");
        assertThat(info.json(URL)).doesNotContain("s3cr3t");
    }
}
