/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import dev.s2r.udf.UdfCalls;
import dev.s2r.udf.api.UdfConfig;
import dev.s2r.udf.api.UdfOption;
import dev.s2r.udf.api.UdfOptions;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the application's {@code @Udf} beans as SingleStore external functions from its own WebFlux server
 * ({@link UdfRouter}, {@link UdfFunctions}), when {@code s2r-udf} and WebFlux are on the class path and the
 * application is a reactive web application; off with {@code s2r.udf.enabled=false}.
 */
@AutoConfiguration
@ConditionalOnClass({UdfCalls.class, RouterFunction.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnProperty(name = "s2r.udf.enabled", matchIfMissing = true)
@EnableConfigurationProperties(UdfProperties.class)
public class UdfAutoConfiguration {

    /** Creates the auto-configuration. */
    public UdfAutoConfiguration() {
    }

    @Bean
    UdfFunctions s2rUdfFunctions(ConfigurableListableBeanFactory beans, UdfProperties properties,
                                        ObjectProvider<ConnectionFactory> connections, Environment environment) {
        return new UdfFunctions(beans, properties, config(properties, environment), connections, environment);
    }

    @Bean
    RouterFunction<ServerResponse> s2rUdfRoutes(UdfFunctions functions, UdfProperties properties) {
        return new UdfRouter(functions::calls, properties.path(), properties.prefix(), properties.url()).routes();
    }

    /**
     * {@code SINGLESTOREDB_EXT_FUNC_*} from the environment, then {@code s2r.udf.options.*}, then
     * {@code s2r.udf.url}.
     */
    static UdfConfig config(UdfProperties properties, Environment environment) {
        UdfConfig.Builder builder = UdfConfig.builder();
        for (UdfOption<?> option : UdfOptions.all()) {
            String text = environment.getProperty(option.environmentVariable());
            if (text != null && !text.isEmpty()) {
                builder.parse(option, text);
            }
        }
        properties.options().forEach((name, text) -> builder.parse(UdfOptions.all().stream()
            .filter(option -> option.name().equalsIgnoreCase(name.replace('-', '_')))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("s2r.udf.options." + name + ": no such option")), text));
        if (properties.url() != null) {
            builder.set(UdfOptions.URL, properties.url());
        }
        return builder.build();
    }
}
