/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import dev.s2r.udf.UdfCalls;
import dev.s2r.udf.api.Udf;
import dev.s2r.udf.api.UdfConfig;
import io.r2dbc.spi.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Collects the {@code @Udf} functions once every singleton exists: the beans {@code s2r.udf.beans} names, else every
 * singleton whose class declares an {@code @Udf} method. With {@code s2r.udf.register=true}, creates them in
 * SingleStore through the application's {@link ConnectionFactory} when the application is ready, and drops them when
 * the context closes; frees their worker threads then.
 */
final class UdfFunctions implements SmartInitializingSingleton, ApplicationListener<ApplicationEvent>, DisposableBean {

    private static final Logger LOGGER = LoggerFactory.getLogger(UdfFunctions.class);
    private static final Duration REGISTRATION_TIMEOUT = Duration.ofSeconds(60);

    private final ConfigurableListableBeanFactory beans;
    private final UdfProperties properties;
    private final UdfConfig config;
    private final ObjectProvider<ConnectionFactory> connections;
    private final Environment environment;
    private final AtomicReference<UdfCalls> calls = new AtomicReference<>();
    private final AtomicReference<String> registeredUrl = new AtomicReference<>();

    UdfFunctions(ConfigurableListableBeanFactory beans, UdfProperties properties, UdfConfig config,
                 ObjectProvider<ConnectionFactory> connections, Environment environment) {
        this.beans = beans;
        this.properties = properties;
        this.config = config;
        this.connections = connections;
        this.environment = environment;
    }

    /** @return the functions, {@code null} before the singletons exist */
    UdfCalls calls() {
        return this.calls.get();
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Object> instances = new ArrayList<>();
        if (!this.properties.beans().isEmpty()) {
            this.properties.beans().forEach(name -> instances.add(this.beans.getBean(name)));
        } else {
            for (String name : this.beans.getBeanNamesForType(Object.class, false, false)) {
                Class<?> type = this.beans.getType(name, false);
                if (type != null && declaresUdf(ClassUtils.getUserClass(type))) {
                    instances.add(this.beans.getBean(name));
                }
            }
        }
        UdfCalls collected = UdfCalls.of(this.config, instances);
        LOGGER.info("Serving external functions {}", collected.functionNames());
        UdfCalls previous = this.calls.getAndSet(collected);
        if (previous != null) {
            previous.close();
        }
    }

    private static boolean declaresUdf(Class<?> type) {
        for (Method method : ReflectionUtils.getUniqueDeclaredMethods(type)) {
            if (method.isAnnotationPresent(Udf.class)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        UdfCalls current = this.calls.get();
        if (current == null || !this.properties.register()) {
            return;
        }
        // Both events arrive on the thread that starts or closes the context, never on an event loop: waiting for
        // the DDL there keeps the application from serving before its functions exist, and from stopping before
        // they are dropped.
        if (event instanceof ApplicationReadyEvent) {
            String url = registrationUrl();
            current.register(this.connections.getObject(), url, this.properties.replace()).block(REGISTRATION_TIMEOUT);
            this.registeredUrl.set(url);
            LOGGER.info("Registered external functions {} at {}", current.functionNames(), url);
        } else if (event instanceof ContextClosedEvent) {
            String url = this.registeredUrl.getAndSet(null);
            if (url != null) {
                try {
                    current.unregister(this.connections.getObject(), url).block(REGISTRATION_TIMEOUT);
                } catch (RuntimeException e) {
                    LOGGER.warn("Dropping the external functions at {} failed", url, e);
                }
            }
        }
    }

    /** @return {@code s2r.udf.url}, else the application's own port on localhost */
    private String registrationUrl() {
        if (this.properties.url() != null) {
            return this.properties.url();
        }
        return "http://localhost:" + this.environment.getRequiredProperty("local.server.port") + this.properties.path();
    }

    @Override
    public void destroy() {
        UdfCalls current = this.calls.getAndSet(null);
        if (current != null) {
            current.close();
        }
    }
}
