/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

import dev.s2r.udf.api.DataFormat;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOptions;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.ColumnSpec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Expected statements written by hand from python-sdk-services.md §2.2 and §2.4 and singlestore-server.md §3.1. */
class CreateFunctionDdlTests {

    private static final String URL = "http://10.0.0.5:8000/invoke";

    @Test
    void aScalarFunctionIsOneLineWithNullabilityEverywhereAndTheEndpointInDoubleQuotes() {
        String sql = CreateFunctionDdl.of(UdfConfig.defaults(), URL).create(Functions.add(), false);

        assertThat(sql).isEqualTo("CREATE EXTERNAL FUNCTION `add`(`a` BIGINT NOT NULL, `b` DOUBLE NULL DEFAULT NULL)"
            + " RETURNS DOUBLE NOT NULL AS REMOTE SERVICE \"http://10.0.0.5:8000/invoke\" FORMAT ROWDAT_1");
    }

    @Test
    void replaceWritesCreateOrReplace() {
        String sql = CreateFunctionDdl.of(UdfConfig.defaults(), URL).create(Functions.greet(), true);

        assertThat(sql).isEqualTo("CREATE OR REPLACE EXTERNAL FUNCTION `greet`(`name` TEXT NULL) RETURNS TEXT NULL"
            + " AS REMOTE SERVICE \"http://10.0.0.5:8000/invoke\" FORMAT ROWDAT_1");
    }

    @Test
    void aTableValuedFunctionReturnsATableOfNamedColumns() {
        String sql = CreateFunctionDdl.of(UdfConfig.defaults(), URL).create(Functions.split(), false);

        assertThat(sql).isEqualTo("CREATE EXTERNAL FUNCTION `split`(`s` TEXT NOT NULL DEFAULT 'a,b')"
            + " RETURNS TABLE(`part` TEXT NOT NULL, `position` BIGINT NULL)"
            + " AS REMOTE SERVICE \"http://10.0.0.5:8000/invoke\" FORMAT ROWDAT_1");
    }

    @Test
    void aRecordsUnnamedFieldsAreCalledAB() {
        String sql = CreateFunctionDdl.of(UdfConfig.defaults(), URL).create(Functions.minmax(), false);

        assertThat(sql).isEqualTo("CREATE EXTERNAL FUNCTION `minmax`(`x` DOUBLE NOT NULL)"
            + " RETURNS RECORD(`a` DOUBLE NOT NULL, `b` DOUBLE NULL)"
            + " AS REMOTE SERVICE \"http://10.0.0.5:8000/invoke\" FORMAT ROWDAT_1");
    }

    @Test
    void unnamedColumnsPastZContinueWithTwoLetters() {
        assertThat(List.of(CreateFunctionDdl.letters(0), CreateFunctionDdl.letters(25), CreateFunctionDdl.letters(26),
            CreateFunctionDdl.letters(27))).containsExactly("a", "z", "aa", "ab");
    }

    @Test
    void prefixSuffixDatabaseFormatAndLinkAreApplied() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.NAME_PREFIX, "p_").set(UdfOptions.NAME_SUFFIX, "_s")
            .set(UdfOptions.FUNCTION_DATABASE, "analytics").set(UdfOptions.DATA_FORMAT, DataFormat.JSON)
            .set(UdfOptions.LINK_NAME, "my_link").build();

        String sql = CreateFunctionDdl.of(config, URL).create(Functions.greet(), false);

        assertThat(sql).isEqualTo("CREATE EXTERNAL FUNCTION `analytics`.`p_greet_s`(`name` TEXT NULL)"
            + " RETURNS TEXT NULL AS REMOTE SERVICE \"http://10.0.0.5:8000/invoke\" FORMAT JSON LINK `my_link`");
    }

    @Test
    void backticksInNamesAreDoubled() {
        FunctionSpec odd = new FunctionSpec("we`ird", List.of(new ArgSpec("x`y", "INT", WireType.INT32, false, null,
            "")), List.of(new ColumnSpec(null, "INT", WireType.INT32, false, "")), FunctionKind.UDF, false, null, "",
            (input, exec) -> null);
        UdfConfig config = UdfConfig.builder().set(UdfOptions.FUNCTION_DATABASE, "d`b").build();

        String sql = CreateFunctionDdl.of(config, URL).create(odd, false);

        assertThat(sql).startsWith("CREATE EXTERNAL FUNCTION `d``b`.`we``ird`(`x``y` INT NOT NULL) RETURNS INT");
    }

    @Test
    void collocatedModeNamesTheSocketWithRowdatAndNoLink() {
        UdfConfig config = UdfConfig.builder().set(UdfOptions.SOCKET_PATH, "/tmp/udf.sock")
            .set(UdfOptions.DATA_FORMAT, DataFormat.JSON).set(UdfOptions.LINK_NAME, "my_link").build();

        String sql = CreateFunctionDdl.of(config, "/tmp/udf.sock").create(Functions.greet(), false);

        assertThat(sql).isEqualTo("CREATE EXTERNAL FUNCTION `greet`(`name` TEXT NULL) RETURNS TEXT NULL"
            + " AS COLLOCATED SERVICE \"/tmp/udf.sock\" FORMAT ROWDAT_1");
    }

    @Test
    void anEndpointWithADoubleQuoteIsRefused() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> CreateFunctionDdl.of(UdfConfig.defaults(), "http://h/\" FORMAT JSON"))
            .withMessageContaining("double quote");
    }

    @Test
    void anEndpointWithABackslashIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreateFunctionDdl.of(UdfConfig.defaults(), "/tmp\\x"))
            .withMessageContaining("backslash");
    }

    @Test
    void aScalarFunctionWithTwoReturnColumnsIsRefused() {
        FunctionSpec twoValues = new FunctionSpec("f", List.of(), Functions.minmax().returns(), FunctionKind.UDF,
            false, null, "", (input, exec) -> null);

        assertThatIllegalArgumentException()
            .isThrownBy(() -> CreateFunctionDdl.of(UdfConfig.defaults(), URL).create(twoValues, false))
            .withMessageContaining("returns one value but declares 2");
    }

    @Test
    void aFunctionWithoutArgumentsHasEmptyParentheses() {
        FunctionSpec now = new FunctionSpec("now", List.of(), List.of(new ColumnSpec(null, "DATETIME(6)",
            WireType.DATETIME, false, "")), FunctionKind.UDF, false, null, "", (input, exec) -> null);

        assertThat(CreateFunctionDdl.of(UdfConfig.defaults(), URL).create(now, false))
            .startsWith("CREATE EXTERNAL FUNCTION `now`() RETURNS DATETIME(6) NOT NULL AS");
    }
}
