/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver;

import dev.s2r.driver.codec.CodecContext;
import dev.s2r.driver.codec.DefaultCodecs;
import dev.s2r.driver.codec.Parameter;
import dev.s2r.driver.message.client.BulkExecuteMessage;
import dev.s2r.driver.sql.ParsedSql;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit tests of {@link BulkInsert}: which batches go out as {@code COM_STMT_BULK_EXECUTE} and how they are split.
 */
final class BulkInsertTests {

    private static final DefaultCodecs CODECS = DefaultCodecs.create();
    private static final CodecContext CONTEXT = CodecContext.defaults();
    private static final ParsedSql INSERT = ParsedSql.parse("INSERT INTO t (a, b) VALUES (?, ?)", false);

    private static Parameter[] row(Object a, Object b) {
        return new Parameter[]{CODECS.encode(a, CONTEXT), CODECS.encode(b, CONTEXT)};
    }

    private static List<Parameter[]> rows(int count, int textLength) {
        List<Parameter[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(i, "x".repeat(textLength)));
        }
        return rows;
    }

    private static int encodedSize(List<Parameter[]> rows) {
        ByteBuf out = Unpooled.buffer();
        try {
            new BulkExecuteMessage(1, rows).encode(out);
            return out.readableBytes();
        } finally {
            out.release();
        }
    }

    @Test
    void severalBindingsOfAPlainInsertFit() {
        assertThat(BulkInsert.fits(INSERT, rows(2, 3))).isTrue();
    }

    @Test
    void aSingleBindingDoesNotFit() {
        assertThat(BulkInsert.fits(INSERT, rows(1, 3))).isFalse();
    }

    @Test
    void insertIgnoreDoesNotFitBecauseItsCountsPerBindingAreUnknown() {
        ParsedSql ignore = ParsedSql.parse("INSERT IGNORE INTO t (a, b) VALUES (?, ?)", false);

        assertThat(BulkInsert.fits(ignore, rows(2, 3))).isFalse();
    }

    @Test
    void anUpdateDoesNotFit() {
        ParsedSql update = ParsedSql.parse("UPDATE t SET b = ? WHERE a = ?", false);

        assertThat(BulkInsert.fits(update, rows(2, 3))).isFalse();
    }

    @Test
    void aColumnWithAnIntegerAndAStringDoesNotFit() {
        List<Parameter[]> mixed = List.of(row(1, "a"), row("2", "b"));

        assertThat(BulkInsert.fits(INSERT, mixed)).isFalse();
    }

    @Test
    void bindingsUnderTheLimitTravelInOneCommand() {
        List<Parameter[]> rows = rows(1000, 10);

        assertThat(BulkInsert.split(rows, 1 << 20)).containsExactly(rows);
    }

    @Test
    void bindingsOverTheLimitAreSplitIntoCommandsThatEachStayUnderIt() {
        List<Parameter[]> rows = rows(1000, 100);
        long limit = 32 * 1024;

        List<List<Parameter[]>> commands = BulkInsert.split(rows, limit);

        assertThat(commands).hasSizeGreaterThan(1);
        assertThat(commands).allSatisfy(command -> assertThat(encodedSize(command)).isLessThanOrEqualTo((int) limit));
        assertThat(commands.stream().flatMap(List::stream)).containsExactlyElementsOf(rows);
    }

    @Test
    void aBindingLargerThanTheLimitTravelsAlone() {
        List<Parameter[]> rows = List.of(row(1, "a"), row(2, "x".repeat(8000)), row(3, "c"));

        List<List<Parameter[]>> commands = BulkInsert.split(rows, 4096);

        assertThat(commands).extracting(List::size).containsExactly(1, 1, 1);
    }
}
