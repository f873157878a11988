package org.casebridge.cases.incident.portal;

import java.util.Optional;
import org.casebridge.cases.school.School;
import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.platform.portal.OrganisationNames;
import org.springframework.stereotype.Component;

/** A school's name for its URN, so the portal's header names the DSL's school, not its URN. */
@Component
class SchoolOrganisationNames implements OrganisationNames {

    private final SchoolDirectory schools;

    SchoolOrganisationNames(SchoolDirectory schools) {
        this.schools = schools;
    }

    @Override
    public Optional<String> nameOf(String organisation) {
        return schools.find(organisation).map(School::name);
    }
}
