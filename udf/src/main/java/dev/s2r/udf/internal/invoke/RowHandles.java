/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import dev.s2r.udf.internal.batch.Batch;
import dev.s2r.udf.internal.batch.Column;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Adapts a function's method handle to the columns of a batch: arguments read straight from the input columns,
 * results written straight into the output columns, so that a per-row call of {@code long add(long, long)} boxes
 * nothing.
 */
final class RowHandles {

    /** {@code (Column[] in, Column[] out, int row) -> void} */
    static final MethodType ROW = MethodType.methodType(void.class, Column[].class, Column[].class, int.class);

    /** {@code (Column[] in, int row) -> Object} */
    static final MethodType CALL = MethodType.methodType(Object.class, Column[].class, int.class);

    /** {@code (Column[] out, Object value) -> void} */
    static final MethodType WRITE = MethodType.methodType(void.class, Column[].class, Object.class);

    private static final MethodHandle COLUMN_AT = MethodHandles.arrayElementGetter(Column[].class);

    private RowHandles() {
    }

    /**
     * @param target the function, receiver bound, of type {@code (P0, ..., Pk) -> R}
     * @param args the parameters' slots
     * @return {@code (Column[] in, int row) -> R}
     */
    static MethodHandle call(MethodHandle target, List<Slot> args) {
        int count = args.size();
        if (count == 0) {
            return MethodHandles.dropArguments(target, 0, Column[].class, int.class);
        }
        int[] reorder = new int[count * 2];
        MethodHandle spread = target;
        for (int i = count - 1; i >= 0; i--) {
            MethodHandle reader = MethodHandles.filterArguments(Values.reader(args.get(i)), 0, columnAt(i));
            spread = MethodHandles.collectArguments(spread, i, reader);
            reorder[2 * i + 1] = 1;
        }
        return MethodHandles.permuteArguments(spread, MethodType.methodType(target.type().returnType(),
            Column[].class, int.class), reorder);
    }

    /**
     * @param outs the result columns' slots: one for a value, one per component for a record
     * @param record the record type, or {@code null} when the result is one value
     * @param resultType the Java type of the value handed to the writer
     * @return {@code (Column[] out, resultType) -> void}
     */
    static MethodHandle writer(List<Slot> outs, Class<?> record, Class<?> resultType) {
        if (record == null) {
            MethodHandle writer = MethodHandles.filterArguments(Values.writer(outs.get(0)), 0, columnAt(0));
            return writer.asType(MethodType.methodType(void.class, Column[].class, resultType));
        }
        RecordComponent[] components = record.getRecordComponents();
        MethodHandle[] parts = new MethodHandle[components.length];
        for (int i = 0; i < components.length; i++) {
            MethodHandle accessor = Reflect.unreflect(components[i].getAccessor());
            MethodHandle writer = Values.writer(outs.get(i));
            MethodHandle part = MethodHandles.filterArguments(writer, 0, columnAt(i));
            part = MethodHandles.filterArguments(part, 1, accessor.asType(MethodType.methodType(
                writer.type().parameterType(1), record)));
            parts[i] = part.asType(WRITE);
        }
        MethodHandle recordWriter = MethodHandles.insertArguments(RECORD_WRITE, 0, (Object) parts)
            .asType(MethodType.methodType(void.class, Column[].class, record));
        MethodHandle checked = MethodHandles.filterArguments(recordWriter, 1, MethodHandles.insertArguments(
            NOT_NULL, 1, "record of " + outs.get(0).label()).asType(MethodType.methodType(record, record)));
        return checked.asType(MethodType.methodType(void.class, Column[].class, resultType));
    }

    /**
     * @param target the function
     * @param args the parameters' slots
     * @param outs the result columns' slots
     * @param record the record type, or {@code null}
     * @return {@code (Column[] in, Column[] out, int row) -> void}: one whole call
     */
    static MethodHandle row(MethodHandle target, List<Slot> args, List<Slot> outs, Class<?> record) {
        MethodHandle call = call(target, args);
        MethodHandle writer = writer(outs, record, call.type().returnType());
        MethodHandle combined = MethodHandles.collectArguments(writer, 1, call);
        return MethodHandles.permuteArguments(combined, ROW, 1, 0, 2);
    }

    /**
     * Fails when a column that the function declares NOT NULL holds a NULL: a primitive parameter would otherwise
     * see a silent zero.
     *
     * @param input the input batch
     * @param args the parameters' slots
     * @return the input columns
     */
    static Column[] columns(Batch input, List<Slot> args) {
        if (input.width() != args.size()) {
            throw new IllegalArgumentException("a batch of " + input.width() + " columns for a function of "
                + args.size() + " parameters");
        }
        Column[] columns = new Column[args.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = input.column(i);
            if (!args.get(i).nullable() && columns[i].hasNulls()) {
                throw new IllegalArgumentException("NULL for the NOT NULL " + args.get(i).label());
            }
        }
        return columns;
    }

    private static MethodHandle columnAt(int index) {
        return MethodHandles.insertArguments(COLUMN_AT, 1, index);
    }

    private static final MethodHandle RECORD_WRITE;
    private static final MethodHandle NOT_NULL;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            RECORD_WRITE = lookup.findStatic(RowHandles.class, "writeRecord",
                MethodType.methodType(void.class, MethodHandle[].class, Column[].class, Object.class));
            NOT_NULL = lookup.findStatic(Values.class, "notNull",
                MethodType.methodType(Object.class, Object.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static void writeRecord(MethodHandle[] parts, Column[] out, Object record) throws Throwable {
        for (MethodHandle part : parts) {
            part.invokeExact(out, record);
        }
    }
}
