/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

/**
 * The scopes of server variables, with the keywords the Python SDK uses for them in {@code SHOW ... VARIABLES}
 * and in {@code SET}.
 */
enum VariableScope {

    LOCAL("LOCAL", "SESSION", "session"),
    GLOBAL("GLOBAL", "GLOBAL", "global"),
    CLUSTER_LOCAL("CLUSTER LOCAL", "CLUSTER SESSION", "cluster session"),
    CLUSTER_GLOBAL("CLUSTER GLOBAL", "CLUSTER GLOBAL", "cluster global");

    private final String showKeyword;
    private final String setKeyword;
    private final String description;

    VariableScope(String showKeyword, String setKeyword, String description) {
        this.showKeyword = showKeyword;
        this.setKeyword = setKeyword;
        this.description = description;
    }

    /** @return the scope in {@code SHOW <scope> VARIABLES} */
    String showKeyword() {
        return this.showKeyword;
    }

    /** @return the scope in {@code SET <scope> name = value} */
    String setKeyword() {
        return this.setKeyword;
    }

    /** @return the scope in words, for messages */
    String description() {
        return this.description;
    }
}
