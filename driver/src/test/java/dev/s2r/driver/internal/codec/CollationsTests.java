/*
 * Copyright 2026 the s2r authors. Licensed under the Apache License, Version 2.0.
 */
package dev.s2r.driver.internal.codec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Collations}: the longest character, in bytes, of the character set of a collation id, as MySQL 8,
 * MariaDB 10.11 and SingleStore number them.
 */
class CollationsTests {

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource({
        "8, 1, latin1_swedish_ci",
        "47, 1, latin1_bin",
        "11, 1, ascii_general_ci",
        "51, 1, cp1251_general_ci",
        "63, 1, binary",
        "1, 2, big5_chinese_ci",
        "13, 2, sjis_japanese_ci",
        "28, 2, gbk_chinese_ci",
        "95, 2, cp932_japanese_ci",
        "12, 3, ujis_japanese_ci",
        "97, 3, eucjpms_japanese_ci",
        "35, 2, ucs2_general_ci",
        "90, 2, ucs2_bin",
        "128, 2, ucs2_unicode_ci",
        "151, 2, ucs2_vietnamese_ci",
        "159, 2, ucs2_general_mysql500_ci",
        "33, 3, utf8mb3_general_ci",
        "76, 3, utf8mb3_tolower_ci",
        "83, 3, utf8mb3_bin",
        "192, 3, utf8mb3_unicode_ci",
        "215, 3, utf8mb3_vietnamese_ci",
        "223, 3, utf8mb3_general_mysql500_ci",
        "45, 4, utf8mb4_general_ci",
        "46, 4, utf8mb4_bin",
        "224, 4, utf8mb4_unicode_ci",
        "246, 4, utf8mb4_unicode_520_ci",
        "247, 4, utf8mb4_vietnamese_ci",
        "255, 4, utf8mb4_0900_ai_ci",
        "256, 4, utf8mb4_de_pb_0900_ai_ci",
        "309, 4, utf8mb4_0900_bin",
        "323, 4, utf8mb4_mn_cyrl_0900_as_cs",
        "54, 4, utf16_general_ci",
        "101, 4, utf16_unicode_ci",
        "124, 4, utf16_vietnamese_ci",
        "56, 4, utf16le_general_ci",
        "62, 4, utf16le_bin",
        "60, 4, utf32_general_ci",
        "160, 4, utf32_unicode_ci",
        "183, 4, utf32_vietnamese_ci",
        "248, 4, gb18030_chinese_ci",
        "576, 3, utf8mb3_croatian_ci (MariaDB)",
        "608, 4, utf8mb4_croatian_ci (MariaDB)",
        "610, 4, utf8mb4_thai_520_w2 (MariaDB)",
        "640, 2, ucs2_croatian_ci (MariaDB)",
        "672, 4, utf16_croatian_ci (MariaDB)",
        "736, 4, utf32_croatian_ci (MariaDB)",
        "1032, 1, latin1_swedish_nopad_ci (MariaDB)",
        "1057, 3, utf8mb3_general_nopad_ci (MariaDB)",
        "1059, 2, ucs2_general_nopad_ci (MariaDB)",
        "1069, 4, utf8mb4_general_nopad_ci (MariaDB)",
        "1070, 4, utf8mb4_nopad_bin (MariaDB)",
        "1248, 4, utf8mb4_unicode_nopad_ci (MariaDB)",
        "1270, 4, utf8mb4_unicode_520_nopad_ci (MariaDB)",
        "2048, 3, utf8mb3_uca1400_ai_ci (MariaDB)",
        "2304, 4, utf8mb4_uca1400_ai_ci (MariaDB)",
        "2503, 4, utf8mb4_uca1400_croatian_nopad_as_cs (MariaDB)",
        "2560, 2, ucs2_uca1400_ai_ci (MariaDB)",
        "2816, 4, utf16_uca1400_ai_ci (MariaDB)",
        "3072, 4, utf32_uca1400_ai_ci (MariaDB)"})
    void knownCollationsHaveTheirCharacterSetsWidth(int id, int bytes, String name) {
        assertThat(Collations.maxBytesPerChar(id)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"0", "17", "100", "252", "324", "400", "800", "1400", "3328", "4096", "65535", "-1"})
    void unknownCollationsCountOneByteSoThatTheLengthIsReportedAsIs(int id) {
        assertThat(Collations.maxBytesPerChar(id)).isEqualTo(1);
    }
}
