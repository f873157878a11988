package org.casebridge.police.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The MoPI review periods by crime group, from reference data ({@code casebridge.reference.mopi-review}, ADR 0053):
 * for each HOCR classification, its MoPI group and the years after the crime was recorded when the record is due for
 * review. Every classification Casebridge records must have a row, or the service does not start.
 */
public final class MopiReviewSchedule {

    private static final int COLUMNS = 4;

    /** A classification's MoPI group and review period. */
    public record Review(int group, int years, String groupName) {

        /** The day a record of this group, recorded on {@code recordedOn}, is due for review. */
        public LocalDate dueOn(LocalDate recordedOn) {
            return recordedOn.plusYears(years);
        }
    }

    /** The code of the row for an escalation declined with no crime recorded (ADR 0069). */
    public static final String NO_CRIME = "NO_CRIME";

    /**
     * The code of the row for an escalation transferred to another force that has neither declined it nor recorded a
     * crime since (ADR 0076).
     */
    public static final String TRANSFERRED = "TRANSFERRED";

    private final Map<HocrClassification, Review> reviews = new EnumMap<>(HocrClassification.class);
    private Review noCrime;
    private Review transferred;

    /**
     * Reads the schedule's CSV: {@code hocr_code,mopi_group,review_after_years,group_name}, a header row and lines
     * starting with {@code #} skipped.
     *
     * @param source names the file in a refusal
     */
    public MopiReviewSchedule(InputStream csv, String source) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("hocr_code,"))
                    .map(line -> line.split(",", COLUMNS))
                    .forEach(columns -> {
                        if (NO_CRIME.equals(columns[0].strip())) {
                            noCrime = review(columns);
                            return;
                        }
                        if (TRANSFERRED.equals(columns[0].strip())) {
                            transferred = review(columns);
                            return;
                        }
                        HocrClassification classification = HocrClassification.fromCode(columns[0].strip())
                                .orElseThrow(() -> new IllegalStateException(
                                        "The MoPI review schedule names an unknown HOCR code " + columns[0]));
                        reviews.put(classification, review(columns));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("The MoPI review schedule " + source + " is unreadable", e);
        }
        for (HocrClassification classification : HocrClassification.values()) {
            if (!reviews.containsKey(classification)) {
                throw new IllegalStateException(
                        "The MoPI review schedule has no row for HOCR " + classification.code());
            }
        }
        if (noCrime == null) {
            throw new IllegalStateException("The MoPI review schedule has no " + NO_CRIME + " row");
        }
        if (transferred == null) {
            throw new IllegalStateException("The MoPI review schedule has no " + TRANSFERRED + " row");
        }
    }

    private static Review review(String[] columns) {
        int group = Integer.parseInt(columns[1].strip());
        int years = Integer.parseInt(columns[2].strip());
        if (group < 1 || group > 3 || years < 1) {
            throw new IllegalStateException(
                    "The MoPI review schedule has no group " + group + " of " + years + " years");
        }
        return new Review(group, years, columns[3].strip());
    }

    /** The review of an escalation declined with no crime recorded, counted from the decline (ADR 0069). */
    public Review noCrime() {
        return noCrime;
    }

    /**
     * The review of an escalation transferred to another force that has neither declined it nor recorded a crime
     * since, counted from the last transfer (ADR 0076).
     */
    public Review transferred() {
        return transferred;
    }

    /** The review of a classification's records. */
    public Review of(HocrClassification classification) {
        return reviews.get(classification);
    }

    /** The review of the classification with this HOCR code, if Casebridge knows the code. */
    public Optional<Review> ofCode(String hocrCode) {
        return HocrClassification.fromCode(hocrCode).map(reviews::get);
    }
}
