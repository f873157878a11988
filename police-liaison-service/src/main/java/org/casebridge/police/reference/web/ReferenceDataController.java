package org.casebridge.police.reference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.casebridge.police.access.PoliceAccess;
import org.casebridge.police.access.PoliceAccess.Rule;
import org.casebridge.police.reference.ForceDirectory;
import org.casebridge.police.reference.HocrClassification;
import org.casebridge.police.reference.OutcomeCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The police reference data as this deployment has it, so that screens and clients never hard-code it. */
@RestController
@Tag(name = "Reference data")
class ReferenceDataController {

    record ForceView(String code, String name, String crimeReferencePattern, String crimeReferenceExample) {}

    record ClassificationView(String code, String name, String legislation) {}

    record OutcomeView(
            String outcome,
            String homeOfficeCode,
            String needs,
            boolean sanction,
            boolean refusedWithAggravatingFactors) {}

    record ReferenceDataView(
            List<ForceView> forces, List<ClassificationView> classifications, List<OutcomeView> outcomes) {}

    private final ForceDirectory forces;

    ReferenceDataController(ForceDirectory forces) {
        this.forces = forces;
    }

    @GetMapping("/api/reference-data")
    @PoliceAccess(Rule.ANY_ROLE)
    @Operation(
            summary = "Forces with their crime reference formats, HOCR classifications and outcome codes",
            description = "Open to every signed-in role: it is no one's record, so reading it is not recorded.")
    ReferenceDataView referenceData() {
        return new ReferenceDataView(
                forces.all().stream()
                        .map(f -> new ForceView(
                                f.code(), f.name(), f.crimeReferencePattern().pattern(), f.crimeReferenceExample()))
                        .toList(),
                Arrays.stream(HocrClassification.values())
                        .map(c -> new ClassificationView(c.code(), c.name(), c.legislation()))
                        .toList(),
                Arrays.stream(OutcomeCode.values())
                        .map(o -> new OutcomeView(
                                o.name(),
                                o.homeOfficeCode().orElse(null),
                                o.needs().name(),
                                o.isSanction(),
                                o.refusedWithAggravatingFactors()))
                        .toList());
    }
}
