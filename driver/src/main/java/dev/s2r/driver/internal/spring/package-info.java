/* Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0. */
/**
 * Spring Data R2DBC's dialect and Spring R2DBC's bind markers for SingleStore connection factories, so that a
 * Spring application configured by an {@code r2dbc:singlestore:} URL alone needs no registration of its own.
 * <p>
 * Spring is an optional dependency and every reference to it is in this package. Its two providers are named in
 * {@code META-INF/spring.factories} and instantiated only by Spring's {@code SpringFactoriesLoader}; nothing else in
 * the driver refers to a class here, so without Spring on the class path none of them is ever loaded. The module
 * opens this package to {@code spring.core} alone, for that instantiation.
 * <p>
 * May import api.
 */
package dev.s2r.driver.internal.spring;
