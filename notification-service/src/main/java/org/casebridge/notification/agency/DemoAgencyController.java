package org.casebridge.notification.agency;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The demo agencies, served on the local stack only so a newcomer can pick an agency id to act as. */
@RestController
@Profile("local")
@Tag(name = "Demo data")
public class DemoAgencyController {

    @GetMapping("/api/demo/agencies")
    @Operation(summary = "The local stack's demo agencies and the local authority codes they cover")
    public List<DemoAgency> agencies() {
        return DemoAgencies.ALL;
    }
}
