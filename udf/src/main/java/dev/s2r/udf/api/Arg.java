/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The SQL side of one parameter of a {@link Udf} method: its name, an SQL type override and a {@code DEFAULT}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Arg {

    /** The value of {@link #defaultValue()} that means the parameter has no {@code DEFAULT}. */
    String NO_DEFAULT = "\u0000no default";

    /**
     * @return the SQL name; empty for the Java name when the class was compiled with {@code -parameters}, else
     * {@code arg0}, {@code arg1}, ...
     */
    String name() default "";

    /**
     * An SQL type emitted verbatim, for example {@code "BIGINT UNSIGNED NOT NULL"} or {@code "VARCHAR(20)"}. A
     * trailing {@code NULL} or {@code NOT NULL} sets the nullability (a primitive parameter cannot be
     * {@code NULL}); without one, the Java type decides.
     *
     * @return the SQL type; empty for the Java type's
     */
    String type() default "";

    /**
     * The parameter's {@code DEFAULT}: a number for numeric types (checked, emitted as given), {@code true} or
     * {@code false} for BOOL, any text for the other types (emitted as a quoted, escaped SQL string literal).
     *
     * @return the default value; {@link #NO_DEFAULT} for none
     */
    String defaultValue() default NO_DEFAULT;

    /** @return whether the parameter defaults to {@code NULL} (it must be {@code NULL}-able) */
    boolean defaultNull() default false;

    /** @return a description for {@code function_info}; empty for none */
    String description() default "";
}
