package org.casebridge.cases.personaldetails;

import java.time.LocalDate;

/**
 * Who a child is. Never logged, never in an event, never on Kafka.
 *
 * @param givenName   given name
 * @param familyName  family name
 * @param dateOfBirth date of birth
 * @param upn         unique pupil number, when the school has one
 */
public record PersonalDetails(String givenName, String familyName, LocalDate dateOfBirth, String upn) {

    @Override
    public String toString() {
        return "PersonalDetails[redacted]";
    }
}
