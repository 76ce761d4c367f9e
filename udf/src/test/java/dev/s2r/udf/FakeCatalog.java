/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf;

import dev.s2r.udf.internal.function.FunctionSpec;
import dev.s2r.udf.internal.http.FunctionCatalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A catalog that names the functions (as declared) and the URL it is given, so that tests see what the routes passed
 * it.
 */
final class FakeCatalog implements FunctionCatalog {

    private final List<FunctionSpec> functions;

    FakeCatalog(List<FunctionSpec> functions) {
        this.functions = functions;
    }

    @Override
    public String createFunctions(String url, Optional<String> name) {
        return this.functions.stream()
            .filter(function -> name.map(function.name()::equals).orElse(true))
            .map(function -> "CREATE EXTERNAL FUNCTION `" + function.name() + "` AS REMOTE SERVICE \"" + url + "\"")
            .collect(Collectors.joining("\n"));
    }

    @Override
    public String functionInfo(String url) {
        return this.functions.stream().map(function -> "\"" + function.name() + "\": {}")
            .collect(Collectors.joining(", ", "{\"functions\": {", "}, \"url\": \"" + url + "\"}"));
    }
}
