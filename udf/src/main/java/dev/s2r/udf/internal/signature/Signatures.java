/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.signature;

import dev.s2r.udf.api.Arg;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.internal.function.ArgSpec;
import dev.s2r.udf.internal.function.FunctionKind;
import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.function.Invoker;
import dev.s2r.udf.internal.invoke.Invokers;
import dev.s2r.udf.internal.invoke.Slot;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Reads {@link Udf}-annotated methods into {@link FunctionSpec}s: the SQL signature from the Java signature and the
 * annotations, and the invoker that calls the method. Every error names the method and the parameter or result.
 */
public final class Signatures {

    private Signatures() {
    }

    /**
     * @param classOrInstance a class, whose static {@code @Udf} methods are read, or an instance, whose instance
     *                        and static {@code @Udf} methods are read (instance methods bound to it)
     * @return one spec per method, ordered by name
     * @throws IllegalArgumentException when a method's signature cannot map, a class declares an instance
     * {@code @Udf} method, or two functions share a name
     */
    public static List<FunctionSpec> scan(Object classOrInstance) {
        Objects.requireNonNull(classOrInstance, "classOrInstance");
        Class<?> type = classOrInstance instanceof Class<?> c ? c : classOrInstance.getClass();
        Object target = classOrInstance instanceof Class<?> ? null : classOrInstance;
        List<Method> methods = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Method method : k.getDeclaredMethods()) {
                String key = method.getName() + List.of(method.getParameterTypes());
                if (method.isAnnotationPresent(Udf.class) && !method.isBridge() && !method.isSynthetic()
                    && seen.add(key)) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
        List<FunctionSpec> specs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Method method : methods) {
            if (target == null && !Modifier.isStatic(method.getModifiers())) {
                throw new IllegalArgumentException(label(method) + " is an instance method: register an instance "
                    + "of " + type.getName() + ", not the class");
            }
            FunctionSpec spec = of(method, target);
            if (!names.add(spec.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(label(method) + ": another function is also named "
                    + spec.name());
            }
            specs.add(spec);
        }
        return List.copyOf(specs);
    }

    /**
     * @param method a public {@code @Udf} method
     * @param target the instance of an instance method; ignored for a static one
     * @return its spec
     * @throws IllegalArgumentException when the method is not a public {@code @Udf} method, an instance method has
     * no target, or its signature cannot map
     */
    public static FunctionSpec of(Method method, Object target) {
        Objects.requireNonNull(method, "method");
        String label = label(method);
        Udf udf = method.getAnnotation(Udf.class);
        if (udf == null) {
            throw new IllegalArgumentException(label + " is not annotated @Udf");
        }
        if (!Modifier.isPublic(method.getModifiers())) {
            throw new IllegalArgumentException(label + " must be public");
        }
        boolean isStatic = Modifier.isStatic(method.getModifiers());
        if (!isStatic && !method.getDeclaringClass().isInstance(target)) {
            throw new IllegalArgumentException(label + " is an instance method: it needs an instance of "
                + method.getDeclaringClass().getName());
        }
        if (udf.timeout() < 0 || udf.concurrency() < 0) {
            throw new IllegalArgumentException(label + ": timeout and concurrency cannot be negative");
        }
        Result result = Result.of(method, udf, label);
        List<Typed> params = new ArrayList<>();
        List<ArgSpec> args = parameters(method, result.batch(), label, params);
        List<Slot> argSlots = params.stream().map(Typed::slot).toList();
        List<Slot> outSlots = result.columns().stream().map(Typed::slot).toList();
        MethodHandle handle = Invokers.handle(method, isStatic ? null : target);
        Invoker invoker = result.batch()
            ? Invokers.batch(handle, argSlots, outSlots, result.table(), result.container())
            : Invokers.rows(label, handle, argSlots, outSlots, result.record(), result.container(),
            udf.concurrency());
        String name = udf.name().isBlank() ? method.getName() : udf.name().trim();
        Duration timeout = udf.timeout() == 0 ? null : Duration.ofSeconds(udf.timeout());
        FunctionKind kind = result.table() ? FunctionKind.TVF : FunctionKind.UDF;
        return new FunctionSpec(name, args, result.specs(), kind, !result.table() && result.record() != null,
            timeout, udf.summary(), invoker);
    }

    private static List<ArgSpec> parameters(Method method, boolean batch, String label, List<Typed> typed) {
        Parameter[] parameters = method.getParameters();
        List<ArgSpec> args = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            Arg arg = parameter.getAnnotation(Arg.class);
            String name = arg != null && !arg.name().isBlank() ? arg.name().trim() : parameter.getName();
            String where = label + ", parameter " + name;
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where + ": another parameter has the same name");
            }
            if (parameter.isVarArgs() && !batch) {
                throw new IllegalArgumentException(where + ": varargs are not supported");
            }
            Typed type;
            String slotLabel = "parameter " + name + " of " + label;
            String override = arg == null ? "" : arg.type();
            try {
                type = batch ? Typed.column(parameter.getParameterizedType(), override, slotLabel)
                    : Typed.value(parameter.getParameterizedType(), override, slotLabel);
                if (type.slot().nullable() && parameter.getType().isPrimitive()) {
                    throw new IllegalArgumentException("a primitive parameter cannot be NULL: declare the boxed "
                        + "type or Optional");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            typed.add(type);
            args.add(new ArgSpec(name, type.sql().sql(), type.sql().wire(), type.slot().nullable(),
                defaultLiteral(arg, type, where), arg == null ? "" : arg.description()));
        }
        return args;
    }

    private static String defaultLiteral(Arg arg, Typed type, String where) {
        if (arg == null || !arg.defaultNull() && Arg.NO_DEFAULT.equals(arg.defaultValue())) {
            return null;
        }
        if (arg.defaultNull()) {
            if (!Arg.NO_DEFAULT.equals(arg.defaultValue())) {
                throw new IllegalArgumentException(where + ": both defaultNull and defaultValue");
            }
            if (!type.slot().nullable()) {
                throw new IllegalArgumentException(where + ": a NOT NULL parameter cannot default to NULL");
            }
            return "NULL";
        }
        try {
            return Defaults.literal(arg.defaultValue(), type.sql().wire());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    static String label(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
