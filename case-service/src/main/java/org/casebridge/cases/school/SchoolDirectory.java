package org.casebridge.cases.school;

import java.util.Optional;

/** Finds a school by URN. */
public interface SchoolDirectory {

    Optional<School> find(String urn);
}
