/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import java.util.Arrays;

/**
 * The longest character, in bytes, of the character set of each collation id, so that the byte length of a column
 * definition can be turned into characters.
 * <p>
 * A column definition carries a collation id (which names a character set) and a length in bytes of that set. The
 * server usually converts results to {@code character_set_results} (utf8mb4 for this driver), so the id is the
 * session's, such as 45; with {@code character_set_results = NULL} each column comes in its own set and with its
 * own id. The ids covered:
 * <ul>
 *   <li>1–255, shared by MySQL, MariaDB and SingleStore (the {@code SHOW COLLATION} ids): utf8mb4 45, 46,
 *       224–247 and 255; utf8mb3 33, 76, 83, 192–215, 223; ucs2 35, 90, 128–151, 159; utf16 54, 55, 101–124;
 *       utf16le 56, 62; utf32 60, 61, 160–183; gb18030 248–250; big5, sjis, euckr, gb2312, gbk, cp932 (2 bytes);
 *       ujis, eucjpms (3 bytes); every other id in this range is a single-byte set (latin1, ascii, cp1251, ...) or
 *       {@code binary} (63), whose length is in bytes anyway;</li>
 *   <li>MySQL 8's utf8mb4 {@code _0900_} collations, 256–323;</li>
 *   <li>MariaDB's second page, 512–767, in blocks of 32 ids per set: 8-bit sets, then utf8mb3 from 576, utf8mb4
 *       608, ucs2 640, utf16 672, utf16le 704, utf32 736;</li>
 *   <li>MariaDB's {@code NO PAD} collations, 1024 + the id of the same collation with {@code PAD SPACE} (one of
 *       the first page or of the second);</li>
 *   <li>MariaDB's UCA 14.0 collations (10.10 and later), 2048–4095, whose bits 8–10 name the set: utf8mb3,
 *       utf8mb4, ucs2, utf16, utf32.</li>
 * </ul>
 * An id outside these gets 1: the byte length is then reported as it is. Of the two ways to be wrong about an
 * unknown set, that is the safe one: the byte length is never less than the number of characters the column holds,
 * whereas dividing by a guessed width could report fewer characters than the column takes, and a caller sizing
 * its input by that would cut or refuse values the column would have stored. It is also what the driver reported
 * before it counted characters.
 */
public final class Collations {

    /** MySQL 8.0 and later: utf8mb4 {@code _0900_} collations from 255 up to this id. */
    private static final int LAST_MYSQL_UTF8MB4 = 323;

    /** MariaDB's second page: 32 ids per character set from 512. */
    private static final int PAGE2 = 512;
    private static final int PAGE2_END = 768;
    private static final byte[] PAGE2_BLOCKS = {1, 1, 3, 4, 2, 4, 4, 4};

    /** MariaDB: a {@code NO PAD} collation's id is its {@code PAD SPACE} twin's plus this. */
    private static final int NO_PAD = 1024;

    /** MariaDB's UCA 14.0 collations: {@code 1ccc tttt tPST}, {@code c} the character set. */
    private static final int UCA1400 = 2048;
    private static final int UCA1400_END = 4096;
    private static final byte[] UCA1400_SETS = {3, 4, 2, 4, 4};

    private static final byte[] FIRST_PAGE = new byte[256];

    static {
        Arrays.fill(FIRST_PAGE, (byte) 1);
        set(2, 1, 84);                     // big5
        set(2, 13, 88);                    // sjis
        set(2, 19, 85);                    // euckr
        set(2, 24, 86);                    // gb2312
        set(2, 28, 87);                    // gbk
        set(2, 95, 96);                    // cp932
        set(2, 35, 90, 159);               // ucs2
        setRange(2, 128, 151);             // ucs2_unicode_ci ... ucs2_vietnamese_ci
        set(3, 12, 91);                    // ujis
        set(3, 97, 98);                    // eucjpms
        set(3, 33, 76, 83, 223);           // utf8mb3
        setRange(3, 192, 215);             // utf8mb3_unicode_ci ... utf8mb3_vietnamese_ci
        set(4, 45, 46, 255);               // utf8mb4
        setRange(4, 224, 247);             // utf8mb4_unicode_ci ... utf8mb4_vietnamese_ci
        set(4, 54, 55, 56, 62);            // utf16, utf16le
        setRange(4, 101, 124);             // utf16_unicode_ci ... utf16_vietnamese_ci
        set(4, 60, 61);                    // utf32
        setRange(4, 160, 183);             // utf32_unicode_ci ... utf32_vietnamese_ci
        setRange(4, 248, 250);             // gb18030 (MySQL)
    }

    private Collations() {
    }

    private static void set(int bytes, int... ids) {
        for (int id : ids) {
            FIRST_PAGE[id] = (byte) bytes;
        }
    }

    private static void setRange(int bytes, int first, int last) {
        Arrays.fill(FIRST_PAGE, first, last + 1, (byte) bytes);
    }

    /**
     * @param collationId the collation id of a column definition
     * @return how many bytes the longest character of its character set takes: 1 for single-byte sets and
     *     {@code binary}, 2 for ucs2 and the double-byte Asian sets, 3 for utf8mb3, 4 for utf8mb4, utf16 and
     *     utf32; 1 for an unknown id
     */
    public static int maxBytesPerChar(int collationId) {
        if (collationId < 0) {
            return 1;
        }
        if (collationId < FIRST_PAGE.length) {
            return FIRST_PAGE[collationId];
        }
        if (collationId <= LAST_MYSQL_UTF8MB4) {
            return 4;
        }
        if (collationId >= PAGE2 && collationId < PAGE2_END) {
            return PAGE2_BLOCKS[(collationId - PAGE2) >> 5];
        }
        int twin = collationId - NO_PAD;
        if (twin >= 0 && (twin < FIRST_PAGE.length || (twin >= PAGE2 && twin < PAGE2_END))) {
            return maxBytesPerChar(twin);
        }
        if (collationId >= UCA1400 && collationId < UCA1400_END) {
            int set = (collationId - UCA1400) >> 8;
            return set < UCA1400_SETS.length ? UCA1400_SETS[set] : 1;
        }
        return 1;
    }
}
