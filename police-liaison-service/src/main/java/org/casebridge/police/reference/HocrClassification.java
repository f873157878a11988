package org.casebridge.police.reference;

import java.util.Arrays;
import java.util.Optional;

/** Home Office Counting Rules classifications for youth-produced sexual imagery. */
public enum HocrClassification {

    /** Take, make or distribute indecent photographs of children: Protection of Children Act 1978 s.1. */
    TAKE_MAKE_DISTRIBUTE("86/02", "Protection of Children Act 1978 s.1"),

    /** Possession of indecent photographs of children: Criminal Justice Act 1988 s.160. */
    POSSESSION("86/10", "Criminal Justice Act 1988 s.160");

    private final String code;
    private final String legislation;

    HocrClassification(String code, String legislation) {
        this.code = code;
        this.legislation = legislation;
    }

    /** The HOCR code as officers write it, for example {@code 86/02}. */
    public String code() {
        return code;
    }

    public String legislation() {
        return legislation;
    }

    /** The classification for an HOCR code such as {@code 86/10}. */
    public static Optional<HocrClassification> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
