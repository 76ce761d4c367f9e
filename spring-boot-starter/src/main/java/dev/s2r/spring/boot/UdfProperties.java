/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * The {@code s2r.udf.*} properties: how the application's WebFlux server serves its {@code @Udf} functions.
 *
 * @param enabled whether to serve them
 * @param path the path SingleStore posts calls to
 * @param prefix the prefix of the helper routes ({@code <prefix>/show/create_function}, {@code <prefix>/status})
 * @param beans the beans whose functions are served; empty for every bean declaring an {@code @Udf} method
 * @param register whether to create the functions in SingleStore when the application is ready (dropped on close)
 * @param replace whether registration replaces existing functions
 * @param url the URL SingleStore calls, named in the DDL; else {@code http://<Host header><path>}, and
 *            {@code http://localhost:<port><path>} for registration
 * @param options the external-function options by name ({@code data_version}, {@code timeout}, {@code name_prefix},
 *                {@code auth_token}, ...); {@code SINGLESTOREDB_EXT_FUNC_*} settings apply below them
 */
@ConfigurationProperties("s2r.udf")
public record UdfProperties(@DefaultValue("true") boolean enabled, @DefaultValue("/invoke") String path,
                            @DefaultValue("") String prefix, @DefaultValue List<String> beans,
                            @DefaultValue("false") boolean register, @DefaultValue("true") boolean replace, String url,
                            @DefaultValue Map<String, String> options) {

    /** Normalizes the optional values. */
    public UdfProperties {
        prefix = prefix == null ? "" : prefix;
        beans = beans == null ? List.of() : List.copyOf(beans);
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
