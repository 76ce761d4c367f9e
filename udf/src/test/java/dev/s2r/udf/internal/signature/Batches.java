/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;
import dev.s2r.udf.internal.batch.WireType;
import dev.s2r.udf.internal.function.Execution;
import dev.s2r.udf.internal.function.FunctionSpec;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds input batches as a codec would, and reads output batches as rows, for tests. */
final class Batches {

    static final Execution EXECUTION = new Execution(Schedulers.boundedElastic(), 4);

    private Batches() {
    }

    /**
     * @param types the columns' types
     * @param rows each row: its row id, then one value per column in the column's representation ({@code Long}
     *             for LONG storage, {@code Double} for DOUBLE, the object for OBJECT), {@code null} for NULL
     * @return the batch
     */
    static Batch of(List<WireType> types, Object[]... rows) {
        Batch batch = Batch.of(types, rows.length);
        for (Object[] row : rows) {
            batch.addRowId(((Number) row[0]).longValue());
            for (int i = 0; i < types.size(); i++) {
                add(batch.column(i), row[i + 1]);
            }
        }
        return batch;
    }

    private static void add(Column column, Object value) {
        if (value == null) {
            column.addNull();
            return;
        }
        switch (column.type().storage()) {
            case LONG -> column.addLong(((Number) value).longValue());
            case DOUBLE -> column.addDouble(((Number) value).doubleValue());
            default -> column.addObject(value);
        }
    }

    /**
     * @param batch an output batch
     * @return its rows: row id first, then the values ({@code null} for NULL)
     */
    static List<List<Object>> rows(Batch batch) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < batch.size(); r++) {
            List<Object> row = new ArrayList<>();
            row.add(batch.rowId(r));
            for (int c = 0; c < batch.width(); c++) {
                Column column = batch.column(c);
                assertSized(column, batch.size());
                row.add(column.isNull(r) ? null : switch (column.type().storage()) {
                    case LONG -> column.getLong(r);
                    case DOUBLE -> column.getDouble(r);
                    default -> column.getObject(r);
                });
            }
            rows.add(row);
        }
        return rows;
    }

    private static void assertSized(Column column, int size) {
        if (column.size() != size) {
            throw new AssertionError(column + " has " + column.size() + " rows, not " + size);
        }
    }

    /**
     * @param spec a function
     * @param rows the input rows, each row id first
     * @return the output rows, each row id first
     */
    static List<List<Object>> call(FunctionSpec spec, Object[]... rows) {
        Batch output = spec.invoker().invoke(of(spec.argTypes(), rows), EXECUTION).block(Duration.ofSeconds(10));
        return rows(output);
    }

    /** @return a row: its values as given */
    static Object[] row(Object... values) {
        return values;
    }

    /** @return a list of the values */
    static List<Object> list(Object... values) {
        return Arrays.asList(values);
    }
}
