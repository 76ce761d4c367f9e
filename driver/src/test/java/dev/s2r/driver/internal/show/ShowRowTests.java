/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import dev.s2r.driver.api.ShowRow;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The immutable row type of {@code SHOW} results.
 */
final class ShowRowTests {

    private final ShowRow row = new DefaultShowRow(List.of("name", "key_name", "seq_in_index", "sub_part"),
        new Object[]{"people", "PRIMARY", 1L, null});

    @Test
    void nameIsTheFirstColumnAsText() {
        assertThat(this.row.name()).isEqualTo("people");
    }

    @Test
    void columnsAreReadByNormalisedName() {
        assertThat(this.row.get("key_name")).isEqualTo("PRIMARY");
    }

    @Test
    void columnsAreReadByTheServersSpellingToo() {
        assertThat(this.row.get("Key_name")).isEqualTo("PRIMARY");
    }

    @Test
    void integersReadAsLongAndText() {
        assertThat(this.row.getLong("seq_in_index")).isEqualTo(1L);
        assertThat(this.row.getString("seq_in_index")).isEqualTo("1");
    }

    @Test
    void nullStaysNull() {
        assertThat(this.row.get("sub_part")).isNull();
        assertThat(this.row.getLong("sub_part")).isNull();
    }

    @Test
    void anUnknownColumnFailsNamingTheColumns() {
        assertThatThrownBy(() -> this.row.get("comment"))
            .isInstanceOf(NoSuchElementException.class)
            .hasMessageContaining("comment")
            .hasMessageContaining("key_name");
    }

    @Test
    void asMapKeepsColumnOrder() {
        assertThat(this.row.asMap()).containsExactly(entry("name", "people"), entry("key_name", "PRIMARY"),
            entry("seq_in_index", 1L), entry("sub_part", null));
    }

    @Test
    void asMapIsUnmodifiable() {
        assertThatThrownBy(() -> this.row.asMap().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void columnsListsTheKeysInOrder() {
        assertThat(this.row.columns()).containsExactly("name", "key_name", "seq_in_index", "sub_part");
    }
}
