/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.examples;

import dev.s2r.test.SingleStoreTest;
import dev.s2r.test.TestDatabase;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Arrow export example writes a table of 100,000 rows to an Arrow IPC file, which Arrow's own
 * {@link ArrowFileReader} reads back: every row once and in order, the query's schema, the table's values, several
 * record batches, and no more Arrow memory at a time than a few batches take. The export closes its allocator,
 * which fails if any Arrow buffer is still allocated.
 */
@SingleStoreTest
final class ArrowExportIntegrationTests {

    private static final int ROWS = 100_000;
    private static final int BATCH_ROWS = 4096;
    private static final Set<Long> SAMPLED = Set.of(0L, 7L, 4095L, 4096L, 12_345L, 99_999L);
    private static final LocalDateTime EPOCH = LocalDateTime.of(2026, 1, 1, 0, 0);

    @TempDir
    static Path directory;

    private static ArrowExport.Export export;
    private static Contents contents;

    /** What the file holds, read back with Arrow: the schema, the row count of each batch and a few rows. */
    private record Contents(Schema schema, List<Integer> batchRows, long idsInOrder, Map<Long, List<Object>> rows) {
    }

    @BeforeAll
    static void exportATableOfAHundredThousandRows(TestDatabase database) throws IOException {
        String digits = IntStream.range(0, 10).mapToObj(d -> "(" + d + ")").collect(Collectors.joining(", "));
        database.execute("CREATE TABLE digits (d INT NOT NULL)", "INSERT INTO digits VALUES " + digits,
            "CREATE TABLE events (id BIGINT NOT NULL PRIMARY KEY, score DOUBLE, name VARCHAR(40) NOT NULL,"
                + " at DATETIME(6), amount DECIMAL(12, 2))",
            // score is NULL on every tenth row; at is id seconds and id microseconds after 2026-01-01
            "INSERT INTO events SELECT id, CASE WHEN id % 10 = 7 THEN NULL ELSE id / 8 END, CONCAT('event-', id),"
                + " DATE_ADD('2026-01-01 00:00:00', INTERVAL id * 1000001 MICROSECOND), id / 100"
                + " FROM (SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS id"
                + " FROM digits a, digits b, digits c, digits e, digits f) ids");
        Path file = directory.resolve("events.arrow");

        export = ArrowExport.export(database.connectionFactory(), "SELECT * FROM events ORDER BY id", file,
            BATCH_ROWS);
        contents = readBack(file);
    }

    @Test
    void theFileHoldsEveryRowOnceAndInOrder() {
        assertThat(contents.batchRows().stream().mapToLong(Integer::longValue).sum()).isEqualTo(ROWS);
        assertThat(contents.idsInOrder()).isEqualTo(ROWS);
        assertThat(export.rows()).isEqualTo(ROWS);
    }

    @Test
    void eachRecordBatchHoldsTheChosenNumberOfRowsButTheLast() {
        int batches = (ROWS + BATCH_ROWS - 1) / BATCH_ROWS;
        List<Integer> expected = new ArrayList<>(Collections.nCopies(batches - 1, BATCH_ROWS));
        expected.add(ROWS - (batches - 1) * BATCH_ROWS);

        assertThat(contents.batchRows()).hasSizeGreaterThan(1).isEqualTo(expected);
        assertThat(export.batches()).isEqualTo(batches);
    }

    @Test
    void theSchemaIsTheQuerysColumnsWithTheirArrowTypes() {
        assertThat(contents.schema().getFields()).extracting(Field::getName, Field::getType, Field::isNullable)
            .containsExactly(
                tuple("id", new ArrowType.Int(64, true), false),
                tuple("score", new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE), true),
                tuple("name", ArrowType.Utf8.INSTANCE, false),
                tuple("at", new ArrowType.Timestamp(TimeUnit.MICROSECOND, null), true),
                tuple("amount", new ArrowType.Decimal(12, 2, 128), true));
    }

    @Test
    void theValuesReadBackAreTheTables() {
        for (long id : SAMPLED) {
            assertThat(contents.rows().get(id)).as("row " + id).containsExactly(id,
                id % 10 == 7 ? null : id / 8.0,
                "event-" + id,
                EPOCH.plusSeconds(id).plusNanos(id * 1000),
                BigDecimal.valueOf(id, 2));
        }
    }

    @Test
    void theArrowMemoryInUseStaysAFewBatchesWhateverTheNumberOfRows() {
        long fileBytes = export.fileBytes();

        assertThat(export.peakArrowBytes()).as("peak Arrow memory against a file of %d bytes", fileBytes)
            .isPositive()
            .isLessThan(fileBytes / 4);
    }

    private static Contents readBack(Path file) throws IOException {
        try (BufferAllocator allocator = new RootAllocator();
             ArrowFileReader reader = new ArrowFileReader(FileChannel.open(file), allocator)) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            List<Integer> batchRows = new ArrayList<>();
            Map<Long, List<Object>> rows = new HashMap<>();
            long next = 0;
            for (ArrowBlock block : reader.getRecordBlocks()) {
                reader.loadRecordBatch(block);
                BigIntVector ids = (BigIntVector) root.getVector("id");
                for (int i = 0; i < root.getRowCount(); i++) {
                    if (ids.get(i) == next) {
                        next++;
                    }
                    if (SAMPLED.contains(ids.get(i))) {
                        int row = i;
                        rows.put(ids.get(i), Arrays.asList(root.getFieldVectors().stream()
                            .map(vector -> vector.getObject(row))
                            .map(value -> value instanceof Text text ? text.toString() : value)
                            .toArray()));
                    }
                }
                batchRows.add(root.getRowCount());
            }
            return new Contents(root.getSchema(), batchRows, next, rows);
        }
    }
}
