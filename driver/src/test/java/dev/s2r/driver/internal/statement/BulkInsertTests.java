/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.statement;

import dev.s2r.driver.internal.codec.CodecContext;
import dev.s2r.driver.internal.codec.DataTypes;
import dev.s2r.driver.internal.codec.DefaultCodecs;
import dev.s2r.driver.internal.codec.Parameter;
import dev.s2r.driver.internal.message.client.BulkExecuteMessage;
import dev.s2r.driver.internal.sql.ParsedSql;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    @Test
    void eachSplitCommandSendsExactlyTheBytesOfAMessageBuiltFromItsOwnRows() {
        List<Parameter[]> rows = rows(1000, 100);
        BulkInsert.Plan plan = BulkInsert.plan(INSERT, rows, 32 * 1024);

        assertThat(plan.commands()).hasSizeGreaterThan(1);
        for (int command = 0; command < plan.commands().size(); command++) {
            assertThat(bytes(plan.message(7, command)))
                .isEqualTo(bytes(new BulkExecuteMessage(7, plan.commands().get(command))));
        }
    }

    @Test
    void aCommandCanBeEncodedAgainWithTheSameBytes() {
        BulkExecuteMessage message = BulkInsert.plan(INSERT, rows(3, 5), 1 << 20).message(1, 0);

        assertThat(bytes(message)).isEqualTo(bytes(message));
    }

    @Test
    void everyCommandAnnouncesTheTypesOfTheWholeBatchEvenWhereItsOwnValuesAreNull() {
        // a NULL bound as a Long would announce BIGINT in a command of its own
        Parameter nullNumber = CODECS.encodeNull(Long.class);
        List<Parameter[]> rows = List.of(new Parameter[]{CODECS.encode(1, CONTEXT), nullNumber},
            new Parameter[]{CODECS.encode(2, CONTEXT), CODECS.encode("x".repeat(5000), CONTEXT)},
            new Parameter[]{CODECS.encode(3, CONTEXT), nullNumber});
        BulkInsert.Plan plan = BulkInsert.plan(INSERT, rows, 4096);

        assertThat(plan.commands()).extracting(List::size).containsExactly(1, 1, 1);
        byte[] typed = columnTypes(bytes(plan.message(1, 1)));
        assertThat(columnTypes(bytes(plan.message(1, 0)))).isEqualTo(typed);
        assertThat(columnTypes(bytes(plan.message(1, 2)))).isEqualTo(typed);
        assertThat(typed[2] & 0xFF).isEqualTo(DataTypes.VAR_STRING);
    }

    @Test
    void aBatchRefusesARowWhoseValueChangesAColumnsTypeAndKeepsWhatItHad() {
        BulkExecuteMessage.Batch batch = new BulkExecuteMessage.Batch(2, 1 << 20);
        assertThat(batch.add(row(1, "a"))).isTrue();
        byte[] before = bytes(batch.message(0, 1));

        assertThat(batch.add(row(2L, "b"))).isFalse();

        assertThat(batch.commandCount()).isEqualTo(1);
        assertThat(batch.rowCount(0)).isEqualTo(1);
        assertThat(bytes(batch.message(0, 1))).isEqualTo(before);
    }

    @Test
    void aBatchRefusesARowOfAnotherWidth() {
        BulkExecuteMessage.Batch batch = new BulkExecuteMessage.Batch(2, 1 << 20);

        assertThat(batch.add(new Parameter[]{CODECS.encode(1, CONTEXT)})).isFalse();
        assertThat(batch.commandCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 40, 1000})
    void howManyRowsABatchExpectsChangesNoCommand(int expectedRows) {
        List<Parameter[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row(i, "v".repeat(i % 7 == 0 ? 300 : i)));
        }
        BulkExecuteMessage.Batch unsized = new BulkExecuteMessage.Batch(2, 2048);
        BulkExecuteMessage.Batch sized = new BulkExecuteMessage.Batch(2, 2048, expectedRows);
        for (Parameter[] row : rows) {
            assertThat(unsized.add(row)).isTrue();
            assertThat(sized.add(row)).isTrue();
        }

        assertThat(sized.commandCount()).isEqualTo(unsized.commandCount()).isGreaterThan(1);
        for (int command = 0; command < unsized.commandCount(); command++) {
            assertThat(sized.rowCount(command)).isEqualTo(unsized.rowCount(command));
            assertThat(bytes(sized.message(command, 9))).isEqualTo(bytes(unsized.message(command, 9)));
        }
    }

    /** The 2-byte type entries after the command byte, statement id and flags (7 bytes), for two columns. */
    private static byte[] columnTypes(byte[] command) {
        return java.util.Arrays.copyOfRange(command, 7, 11);
    }

    private static byte[] bytes(BulkExecuteMessage message) {
        ByteBuf out = Unpooled.buffer();
        try {
            message.encode(out);
            byte[] bytes = new byte[out.readableBytes()];
            out.readBytes(bytes);
            return bytes;
        } finally {
            out.release();
        }
    }
}
