package org.casebridge.notification.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The agency directory, served on the local stack only so a newcomer can pick an agency id to act as. */
@RestController
@Profile("local")
@Tag(name = "Demo data")
public class DemoAgencyController {

    private final AgencyDirectory directory;
    private final Clock clock;

    public DemoAgencyController(AgencyDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/api/demo/agencies")
    @Operation(summary = "The agencies of the agency directory and the local authority codes they serve today")
    public List<DemoAgency> agencies() {
        Instant now = clock.instant();
        return directory.all().stream()
                .map(agency -> new DemoAgency(
                        agency.agencyId(), agency.name(), agency.kind().name(), List.copyOf(agency.areasServedAt(now))))
                .toList();
    }
}
