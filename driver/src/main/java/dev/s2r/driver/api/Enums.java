/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.api;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads the name of an enum constant the way every enum option is written: any case, surrounding blanks ignored,
 * {@code -} for {@code _}.
 */
final class Enums {

    private Enums() {
    }

    /**
     * @param type   the enum
     * @param text   the name as written
     * @param option the option's name, for the error message
     * @return the constant
     * @throws IllegalArgumentException when no constant has that name
     */
    public static <E extends Enum<E>> E named(Class<E> type, String text, String option) {
        String name = normalize(text);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("Invalid " + option + " '" + text + "': expected one of "
            + Arrays.toString(type.getEnumConstants()));
    }

    /**
     * @return the text in the form of a constant's name: trimmed, upper case, {@code _} for {@code -}
     */
    public static String normalize(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
