/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import dev.s2r.driver.api.ClientResult.ColumnType;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Building a {@link ClientResult}: values are checked against their column's type when a row is added, and the
 * result is immutable.
 */
class ClientResultTests {

    private static ClientResult.Builder oneColumn(ColumnType type) {
        return ClientResult.builder().column("c", type);
    }

    @Test
    void keepsColumnsAndRowsInOrder() {
        ClientResult result = ClientResult.builder().column("a", ColumnType.TEXT).column("b", ColumnType.BIGINT)
            .row("x", 1).rows(List.of(List.of("y", 2L))).build();

        assertThat(result.hasRows()).isTrue();
        assertThat(result.columns()).containsExactly(new ClientResult.Column("a", ColumnType.TEXT),
            new ClientResult.Column("b", ColumnType.BIGINT));
        assertThat(result.rowCount()).isEqualTo(2);
        assertThat(result.value(0, 1)).isEqualTo(1L);
        assertThat(result.value(1, 0)).isEqualTo("y");
        assertThat(result.updateCount()).isEqualTo(2);
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> oneColumn(ColumnType.TEXT).row("a", "b"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("A row needs 1 values, got 2");
    }

    @Test
    void aValueOfAnotherTypeIsRefusedNamingTheColumnButNotShowingText() {
        assertThatThrownBy(() -> oneColumn(ColumnType.BIGINT).row("secret"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Column 'c' (BIGINT) cannot hold a value of java.lang.String");
    }

    @Test
    void numbersAndDatesOutsideTheirColumnsRangeAreRefused() {
        assertThatThrownBy(() -> oneColumn(ColumnType.BIGINT).row(BigInteger.ONE.shiftLeft(63)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oneColumn(ColumnType.DOUBLE).row(Double.NaN))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oneColumn(ColumnType.DATE).row(LocalDate.of(10_000, 1, 1)))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> oneColumn(ColumnType.DATETIME).row(LocalDateTime.of(-1, 1, 1, 0, 0)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smallerIntegersAndFloatsAreWidened() {
        ClientResult result = ClientResult.builder().column("i", ColumnType.BIGINT).column("d", ColumnType.DOUBLE)
            .row((short) 7, 0.5f).row(BigInteger.valueOf(-3), 2.0).build();

        assertThat(result.value(0, 0)).isEqualTo(7L);
        assertThat(result.value(0, 1)).isEqualTo(0.5);
        assertThat(result.value(1, 0)).isEqualTo(-3L);
    }

    @Test
    void nullFitsEveryColumnType() {
        ClientResult.Builder builder = ClientResult.builder();
        for (ColumnType type : ColumnType.values()) {
            builder.column(type.name(), type);
        }

        ClientResult result = builder.row(new Object[ColumnType.values().length]).build();

        for (int i = 0; i < ColumnType.values().length; i++) {
            assertThat(result.value(0, i)).isNull();
        }
    }

    @Test
    void bytesAreCopiedInAndOut() {
        byte[] given = {1, 2};
        ClientResult result = oneColumn(ColumnType.BINARY).row((Object) given).build();
        given[0] = 9;
        ((byte[]) result.value(0, 0))[1] = 9;

        assertThat((byte[]) result.value(0, 0)).containsExactly(1, 2);
    }

    @Test
    void columnNamesAreUniqueIgnoringCase() {
        assertThatThrownBy(() -> ClientResult.builder().column("Name", ColumnType.TEXT).column("NAME", ColumnType.TEXT))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("Duplicate column name 'NAME'");
    }

    @Test
    void columnsComeBeforeRows() {
        assertThatThrownBy(() -> oneColumn(ColumnType.TEXT).row("a").column("d", ColumnType.TEXT))
            .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ClientResult.builder().row("a")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ClientResult.builder().build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUpdateCountHasNoColumns() {
        ClientResult result = ClientResult.updateCount(4);

        assertThat(result.hasRows()).isFalse();
        assertThat(result.columns()).isEmpty();
        assertThat(result.updateCount()).isEqualTo(4);
        assertThatThrownBy(() -> ClientResult.updateCount(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBuiltResultDoesNotChangeWithItsBuilder() {
        ClientResult.Builder builder = oneColumn(ColumnType.TEXT).row("a");
        ClientResult result = builder.build();
        builder.row("b");

        assertThat(result.rowCount()).isEqualTo(1);
    }
}
