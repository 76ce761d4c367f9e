/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
package dev.s2r.driver.api;

import reactor.util.context.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The Reactor context entries of the options overridden for one pipeline ({@link SingleStoreOptions#contextWith}). */
final class OptionContexts {

    private OptionContexts() {
    }

    static Function<Context, Context> contextWith(OptionDescriptor<?> descriptor, Object value, String via) {
        if (descriptor.scope() != OptionDescriptor.Scope.RESULT) {
            List<String> result = new ArrayList<>();
            SingleStoreOptions.descriptors().stream().filter(d -> d.scope() == OptionDescriptor.Scope.RESULT)
                .forEach(d -> result.add(d.name()));
            throw new IllegalArgumentException("Option '" + descriptor.name() + "' is a " + descriptor.scope()
                + " option and cannot be overridden for one pipeline; result options are " + result);
        }
        Object parsed = descriptor.parse(Arguments.notNull(value, "value"), via, null);
        Object key = key(descriptor);
        return context -> context.put(key, parsed);
    }

    static Object key(OptionDescriptor<?> descriptor) {
        return new ContextKey(descriptor.name());
    }

    /** A context key private to the driver, so no other library's entry can collide with it. */
    private static final class ContextKey {
        private final String name;

        ContextKey(String name) {
            this.name = name;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ContextKey && ((ContextKey) other).name.equals(this.name);
        }

        @Override
        public int hashCode() {
            return this.name.hashCode() * 31 + ContextKey.class.hashCode();
        }

        @Override
        public String toString() {
            return "s2r.option." + this.name;
        }
    }
}
