/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.show;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Normalises the column names of {@code SHOW} results.
 */
final class ColumnNames {

    private ColumnNames() {
    }

    /**
     * Lower-case snake_case: runs of other characters become one underscore, and a word boundary inside camel case
     * gets one ({@code Key_name} and {@code Key name} give {@code key_name}, {@code PlanID} gives {@code plan_id}).
     *
     * @param name a column name as the server sends it
     * @return the normalised name, possibly empty
     */
    static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                separate(out);
                continue;
            }
            if (Character.isUpperCase(c) && i > 0 && startsWord(name, i)) {
                separate(out);
            }
            out.append(Character.toLowerCase(c));
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == '_') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static boolean startsWord(String name, int i) {
        char previous = name.charAt(i - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        return Character.isUpperCase(previous) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    }

    private static void separate(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
            out.append('_');
        }
    }

    /**
     * @param names the server's column names, in order
     * @return the keys of a {@code SHOW} row: normalised, the first renamed {@code name}, repeats suffixed
     *     {@code _2}, {@code _3} ..., empty ones named {@code column_<position>}
     */
    static List<String> keys(List<String> names) {
        List<String> keys = new ArrayList<>(names.size());
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String key = i == 0 ? "name" : normalise(names.get(i));
            if (key.isEmpty()) {
                key = "column_" + (i + 1);
            }
            String unique = key;
            for (int n = 2; !taken.add(unique); n++) {
                unique = key + '_' + n;
            }
            keys.add(unique);
        }
        return keys;
    }
}
