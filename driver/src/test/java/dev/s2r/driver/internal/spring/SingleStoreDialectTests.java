/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.internal.spring;

import dev.s2r.driver.api.Vector;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.dialect.RenderContextFactory;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.core.sql.Select;
import org.springframework.data.relational.core.sql.SqlIdentifier;
import org.springframework.data.relational.core.sql.Table;
import org.springframework.data.relational.core.sql.render.SqlRenderer;
import org.springframework.r2dbc.core.binding.BindMarkers;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL Spring Data R2DBC writes for SingleStore through {@link SingleStoreDialect}: MySQL's, with the lock
 * clauses SingleStore has.
 */
final class SingleStoreDialectTests {

    private static final Table PEOPLE = Table.create("people");

    private static String render(Select select) {
        return SqlRenderer.create(new RenderContextFactory(SingleStoreDialect.INSTANCE).createRenderContext())
            .render(select);
    }

    @Test
    void aPessimisticReadLockIsTakenForUpdateBecauseSingleStoreHasNoSharedRowLock() {
        Select select = Select.builder().select(PEOPLE.column("name")).from(PEOPLE).lock(LockMode.PESSIMISTIC_READ)
            .build();

        assertThat(render(select)).isEqualTo("SELECT people.name FROM people FOR UPDATE")
            .doesNotContain("SHARE");
    }

    @Test
    void aPessimisticWriteLockIsForUpdate() {
        Select select = Select.builder().select(PEOPLE.column("name")).from(PEOPLE).lock(LockMode.PESSIMISTIC_WRITE)
            .build();

        assertThat(render(select)).isEqualTo("SELECT people.name FROM people FOR UPDATE");
    }

    @Test
    void aPageIsLimitWithOffsetAfterOrderByFollowedByTheLock() {
        Select select = Select.builder().select(PEOPLE.column("name")).from(PEOPLE)
            .orderBy(PEOPLE.column("name")).limitOffset(10, 20).lock(LockMode.PESSIMISTIC_WRITE).build();

        assertThat(render(select))
            .isEqualTo("SELECT people.name FROM people ORDER BY people.name LIMIT 20, 10 FOR UPDATE");
    }

    @Test
    void identifiersAreQuotedWithBackticks() {
        assertThat(SqlIdentifier.quoted("order").toSql(SingleStoreDialect.INSTANCE.getIdentifierProcessing()))
            .isEqualTo("`order`");
    }

    @Test
    void bindMarkersAreAnonymousQuestionMarks() {
        BindMarkers markers = SingleStoreDialect.INSTANCE.getBindMarkersFactory().create();

        assertThat(markers.next().getPlaceholder()).isEqualTo("?");
        assertThat(markers.next().getPlaceholder()).isEqualTo("?");
    }

    @Test
    void theDriversVectorIsAColumnValueNotAnEntity() {
        assertThat(SingleStoreDialect.INSTANCE.getSimpleTypeHolder().isSimpleType(Vector.class)).isTrue();
        assertThat(SingleStoreDialect.INSTANCE.getSimpleTypeHolder().isSimpleType(UUID.class)).as("MySQL's")
            .isTrue();
    }
}
