/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.util;

import java.util.Locale;

/**
 * The one check that a Java string can be sent as UTF-8 exactly.
 * <p>
 * A Java string is UTF-16 and may hold a <em>lone surrogate</em>: a high surrogate ({@code U+D800..U+DBFF}) not
 * followed by a low one, or a low surrogate ({@code U+DC00..U+DFFF}) not preceded by a high one. UTF-8 has no
 * encoding for it, and both Netty's writers ({@code ByteBufUtil.writeUtf8}, {@code utf8Bytes},
 * {@code writeCharSequence}) and {@code String.getBytes(UTF_8)} silently write {@code ?} in its place. The driver
 * checks what it sends before writing it, with {@link #length}, so that no value or statement is ever changed on
 * the way to the server: bound strings when they are encoded ({@code codec.StringParameter}), SQL text when it is
 * parsed ({@code sql.SqlScanner}), savepoint names when they are quoted. It refuses a lone surrogate with an
 * {@link IllegalArgumentException} built by {@link #loneSurrogateMessage}.
 * <p>
 * Cost: one pass over the chars, allocating nothing; a char below {@code U+0080} costs one comparison. Bound
 * strings need that pass anyway, for their length prefix; SQL text is parsed once per string and connection.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * Measures a string in UTF-8 and finds its first lone surrogate, in one pass.
     *
     * @param text the string
     * @return its length in UTF-8 bytes (a surrogate pair counts 4); or, when it holds a lone surrogate,
     *     {@code -1 - index} of the first one, a negative number
     */
    public static long length(String text) {
        int chars = text.length();
        long bytes = chars;
        for (int i = 0; i < chars; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes++;
            } else if (!Character.isSurrogate(c)) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < chars
                && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 2;
                i++;
            } else {
                return -1L - i;
            }
        }
        return bytes;
    }

    /**
     * @param text the string
     * @return the index of the first lone surrogate in {@code text}, or {@code -1} when it has none
     */
    public static int loneSurrogate(String text) {
        long length = length(text);
        return length < 0 ? (int) (-1L - length) : -1;
    }

    /**
     * Describes a lone surrogate without repeating the text around it, which may be secret.
     *
     * @param what  what the text is, starting the message ("SQL text", "String value", ...)
     * @param text  the text
     * @param index the index of the lone surrogate, as {@link #loneSurrogate} found it
     * @return the message for the exception that refuses the text
     */
    public static String loneSurrogateMessage(String what, String text, int index) {
        return String.format(Locale.ROOT, "%s has a lone UTF-16 surrogate U+%04X at char index %d, which UTF-8 "
            + "cannot encode", what, (int) text.charAt(index), index);
    }
}
