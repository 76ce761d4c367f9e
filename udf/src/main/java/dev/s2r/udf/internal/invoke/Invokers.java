/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.invoke;

import dev.s2r.udf.internal.function.Invoker;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * The {@link Invoker}s of Java methods, from a method handle and the {@link Slot}s of its parameters and results.
 * Every invoker calls the method on the execution's blocking scheduler, never on the subscribing thread.
 */
public final class Invokers {

    private Invokers() {
    }

    /**
     * @param method a public method
     * @param target the instance of an instance method, ignored for a static one
     * @return the method's handle, receiver bound
     * @throws IllegalArgumentException when the method is not accessible
     */
    public static MethodHandle handle(Method method, Object target) {
        MethodHandle handle = Reflect.unreflect(method);
        return Modifier.isStatic(method.getModifiers()) ? handle : handle.bindTo(target);
    }

    /**
     * An invoker calling the function once per row.
     *
     * @param label the function, for error messages
     * @param target the function's handle, receiver bound
     * @param args its parameters' slots (forms VALUE or OPTIONAL)
     * @param outs its result columns' slots: one, or one per component of {@code record}
     * @param record the record type each call (or each table row) returns, {@code null} for one value
     * @param container what the result is wrapped in
     * @param concurrency rows of one batch in flight for asynchronous functions, 0 for the execution's
     * @return the invoker
     */
    public static Invoker rows(String label, MethodHandle target, List<Slot> args, List<Slot> outs,
                               Class<?> record, Container container, int concurrency) {
        MethodHandle writer = RowHandles.writer(outs, record, Object.class);
        return switch (container) {
            case NONE -> new SyncRowInvoker(RowHandles.row(target, args, outs, record), args, outs);
            case LIST, STREAM -> new SyncTableInvoker(RowHandles.call(target, args).asType(RowHandles.CALL),
                writer, args, outs);
            case MONO, FUTURE, FLUX -> new AsyncRowInvoker(RowHandles.call(target, args).asType(RowHandles.CALL),
                writer, args, outs, container == Container.MONO ? AsyncRowInvoker.Kind.MONO
                : container == Container.FUTURE ? AsyncRowInvoker.Kind.FUTURE : AsyncRowInvoker.Kind.FLUX,
                concurrency, label);
        };
    }

    /**
     * An invoker calling the function once per batch with whole columns.
     *
     * @param target the function's handle, receiver bound
     * @param args its parameters' slots (forms COLUMN or MASKED)
     * @param outs its result columns' slots
     * @param table whether it returns a {@code BatchTable} rather than one column
     * @param container {@link Container#NONE}, {@link Container#MONO} or {@link Container#FUTURE}
     * @return the invoker
     */
    public static Invoker batch(MethodHandle target, List<Slot> args, List<Slot> outs, boolean table,
                                Container container) {
        BatchInvoker.Kind kind = switch (container) {
            case NONE -> BatchInvoker.Kind.DIRECT;
            case MONO -> BatchInvoker.Kind.MONO;
            case FUTURE -> BatchInvoker.Kind.FUTURE;
            default -> throw new IllegalArgumentException("a batch function cannot return a " + container);
        };
        return new BatchInvoker(target, args, outs, table, kind);
    }
}
