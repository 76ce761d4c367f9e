/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.udf.internal.ddl;

/** Quoting of identifiers and literals in the statements this package writes. */
final class SqlText {

    private SqlText() {
    }

    /**
     * @param identifier a name, unquoted
     * @return it in backticks, a backtick inside doubled
     */
    static String identifier(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /**
     * @param database a database, or {@code null} for the connection's
     * @param name a name in it
     * @return {@code `db`.`name`} or {@code `name`}
     */
    static String qualified(String database, String name) {
        return database == null || database.isEmpty() ? identifier(name)
            : identifier(database) + "." + identifier(name);
    }

    /**
     * @param text any text
     * @return it in single quotes, backslashes and single quotes escaped with a backslash
     */
    static String singleQuoted(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('\'');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\'') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('\'').toString();
    }
}
