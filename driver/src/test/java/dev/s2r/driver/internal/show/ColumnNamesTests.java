/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the column names of {@code SHOW} results are normalised.
 */
final class ColumnNamesTests {

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource({
        "Key_name, key_name",
        "Create Table, create_table",
        "Variable_name, variable_name",
        "PlanID, plan_id",
        "XMLData, xml_data",
        "db, db",
        "Seq_in_index, seq_in_index",
        "Max_data_length, max_data_length",
        "'  Odd -- name  ', odd_name",
    })
    void namesBecomeLowerCaseSnakeCase(String server, String normalised) {
        assertThat(ColumnNames.normalise(server)).isEqualTo(normalised);
    }

    @Test
    void theFirstColumnIsAlwaysName() {
        assertThat(ColumnNames.keys(List.of("Tables_in_s2r", "Table_type"))).containsExactly("name", "table_type");
    }

    @Test
    void aRepeatedKeyGetsANumberSuffix() {
        assertThat(ColumnNames.keys(List.of("Db", "Name", "Key name", "Key_Name")))
            .containsExactly("name", "name_2", "key_name", "key_name_2");
    }

    @Test
    void aColumnWithNoLettersOrDigitsIsNamedByPosition() {
        assertThat(ColumnNames.keys(List.of("Id", "?"))).containsExactly("name", "column_2");
    }
}
