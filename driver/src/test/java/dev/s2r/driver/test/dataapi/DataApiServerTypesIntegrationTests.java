/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.test.dataapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.s2r.driver.test.dataapi.DataApiClient.columns;
import static dev.s2r.driver.test.dataapi.DataApiClient.json;
import static dev.s2r.driver.test.dataapi.DataApiClient.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of {@link DataApiServer}'s answers: the v2 JSON form and {@code dataType} name of each type.
 */
@SingleStoreTest
final class DataApiServerTypesIntegrationTests {

    private static DataApiServer server;
    private static DataApiClient client;

    @BeforeAll
    static void start(TestDatabase database) {
        database.execute("CREATE TABLE typed (id INT PRIMARY KEY, ti TINYINT, si SMALLINT UNSIGNED, mi MEDIUMINT, "
                + "bi BIGINT, ubi BIGINT UNSIGNED, f FLOAT, d DOUBLE, dc DECIMAL(10,2), udc DECIMAL(5,1) UNSIGNED, "
                + "vc VARCHAR(20), c CHAR(3), t TEXT, vb VARBINARY(8), bn BINARY(2), bl BLOB, j JSON, "
                + "dt DATETIME(6), dt0 DATETIME, ts TIMESTAMP(3) NULL, da DATE, tm TIME, y YEAR, e ENUM('a','b'), "
                + "st SET('x','y'), bt BIT(8))",
            "INSERT INTO typed VALUES (1, -5, 65535, -8388608, -9223372036854775808, 18446744073709551615, 1.5, "
                + "0.1, 567.24, 1234.5, 'v<&>', 'abc', 'long text', X'00FF', X'0102', X'DEADBEEF', "
                + "'{\"a\": [1, 2.5, null], \"b\": \"x\"}', '2024-01-02 03:04:05.123456', '2024-01-02 03:04:05', "
                + "'2024-01-02 03:04:05.120', '2024-02-29', '-12:30:00', 2024, 'b', 'x,y', b'10100101')",
            "INSERT INTO typed (id) VALUES (2)");
        server = DataApiServer.start(database);
        client = new DataApiClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void integersAreJsonNumbersWithUnsignedAsAPrefix() {
        Map<String, JsonNode> row = row();

        assertThat(types()).containsEntry("ti", "TINYINT").containsEntry("si", "UNSIGNED SMALLINT")
            .containsEntry("mi", "MEDIUMINT").containsEntry("bi", "BIGINT").containsEntry("ubi", "UNSIGNED BIGINT");
        assertThat(row.get("ti").isNumber()).isTrue();
        assertThat(row.get("bi").asText()).isEqualTo("-9223372036854775808");
        assertThat(row.get("ubi").asText()).isEqualTo("18446744073709551615");
    }

    @Test
    void floatsAreJsonNumbersInTheEnginesText() {
        HttpResponse<String> response = client.tuples("SELECT f, d FROM typed WHERE id = 1");

        assertThat(response.body()).contains("\"rows\":[[1.5,0.1]]");
        assertThat(types()).containsEntry("f", "FLOAT").containsEntry("d", "DOUBLE");
    }

    @Test
    void decimalIsAStringWithPrecisionAndScaleInItsType() {
        Map<String, JsonNode> row = row();

        assertThat(types()).containsEntry("dc", "DECIMAL(10,2)").containsEntry("udc", "DECIMAL(5,1)");
        assertThat(row.get("dc").isTextual()).isTrue();
        assertThat(row.get("dc").asText()).isEqualTo("567.24");
        assertThat(row.get("udc").asText()).isEqualTo("1234.5");
    }

    @Test
    void textTypesAreStrings() {
        Map<String, JsonNode> row = row();

        assertThat(types()).containsEntry("vc", "VARCHAR").containsEntry("c", "CHAR").containsEntry("t", "TEXT");
        assertThat(row.get("vc").textValue()).isEqualTo("v<&>");
        assertThat(row.get("c").textValue()).isEqualTo("abc");
        assertThat(row.get("t").textValue()).isEqualTo("long text");
    }

    @Test
    void binaryTypesAreBase64() {
        Map<String, JsonNode> row = row();

        assertThat(types()).containsEntry("vb", "VARBINARY").containsEntry("bn", "BINARY").containsEntry("bl", "BLOB");
        assertThat(row.get("vb").textValue()).isEqualTo("AP8=");
        assertThat(row.get("bn").textValue()).isEqualTo("AQI=");
        assertThat(row.get("bl").textValue()).isEqualTo("3q2+7w==");
    }

    @Test
    void jsonColumnIsEmbeddedJson() {
        JsonNode value = row().get("j");

        assertThat(types()).containsEntry("j", "JSON");
        assertThat(value.isObject()).isTrue();
        assertThat(value.toString()).isEqualTo("{\"a\":[1,2.5,null],\"b\":\"x\"}");
    }

    @Test
    void datesAndTimesAreTheEnginesText() {
        Map<String, JsonNode> row = row();

        assertThat(types()).containsEntry("dt", "DATETIME(6)").containsEntry("dt0", "DATETIME")
            .containsEntry("ts", "TIMESTAMP(3)").containsEntry("da", "DATE").containsEntry("tm", "TIME")
            .containsEntry("y", "YEAR");
        assertThat(row.get("dt").textValue()).isEqualTo("2024-01-02 03:04:05.123456");
        assertThat(row.get("dt0").textValue()).isEqualTo("2024-01-02 03:04:05");
        assertThat(row.get("ts").textValue()).isEqualTo("2024-01-02 03:04:05.120");
        assertThat(row.get("da").textValue()).isEqualTo("2024-02-29");
        assertThat(row.get("tm").textValue()).isEqualTo("-12:30:00");
        assertThat(row.get("y").textValue()).isEqualTo("2024");
    }

    @Test
    void enumAndSetAreStrings() {
        Map<String, JsonNode> row = row();

        assertThat(types()).containsEntry("e", "ENUM").containsEntry("st", "SET");
        assertThat(row.get("e").textValue()).isEqualTo("b");
        assertThat(row.get("st").textValue()).isEqualTo("x,y");
    }

    @Test
    void bitIsBase64() {
        assertThat(types()).containsEntry("bt", "BIT");
        assertThat(row().get("bt").textValue()).isEqualTo("pQ==");
    }

    @Test
    void sqlNullIsJsonNullAndColumnsSayTheyAreNullable() {
        HttpResponse<String> response = client.tuples("SELECT * FROM typed WHERE id = 2");

        JsonNode values = rows(response).path(0);
        for (int i = 1; i < values.size(); i++) {
            assertThat(values.path(i).isNull()).as("column %d", i).isTrue();
        }
        assertThat(columns(response).path(0).path("nullable").booleanValue()).isFalse();
        assertThat(columns(response).path(1).path("nullable").booleanValue()).isTrue();
    }

    @Test
    void nullLiteralHasTheNullType() {
        HttpResponse<String> response = client.tuples("SELECT NULL AS n");

        assertThat(columns(response).path(0).path("dataType").asText()).isEqualTo("NULL");
        assertThat(rows(response).toString()).isEqualTo("[[null]]");
    }

    @Test
    void htmlCharactersInStringsAreEscapedAsGoDoes() {
        HttpResponse<String> response = client.tuples("SELECT vc FROM typed WHERE id = 1");

        assertThat(response.body()).contains("\"v\\u003c\\u0026\\u003e\"");
    }

    @Test
    void rowsEndpointKeepsOneKeyForADuplicatedColumnName() {
        HttpResponse<String> response = client.post("/api/v2/query/rows", client.body("SELECT 1 AS a, 2 AS a"));

        assertThat(response.body()).isEqualTo("{\"results\":[{\"rows\":[{\"a\":2}]}]}");
    }

    /** @return the {@code dataType} of each column of {@code typed} */
    private static Map<String, String> types() {
        HttpResponse<String> response = client.tuples("SELECT * FROM typed WHERE id = 1");
        Map<String, String> types = new LinkedHashMap<>();
        columns(response).forEach(column -> types.put(column.path("name").asText(),
            column.path("dataType").asText()));
        return types;
    }

    /** @return the values of row 1 of {@code typed}, by column, read from query/rows */
    private static Map<String, JsonNode> row() {
        HttpResponse<String> response = client.post("/api/v2/query/rows",
            client.body("SELECT * FROM typed WHERE id = 1"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> row = new LinkedHashMap<>();
        json(response.body()).path("results").path(0).path("rows").path(0).properties()
            .forEach(field -> row.put(field.getKey(), field.getValue()));
        return row;
    }
}
