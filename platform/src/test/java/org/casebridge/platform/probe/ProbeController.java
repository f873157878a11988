package org.casebridge.platform.probe;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProbeController {

    private final CommandGateway commands;

    ProbeController(CommandGateway commands) {
        this.commands = commands;
    }

    record ProbeRequest(@NotBlank @Size(max = 200) String note, boolean secret) {}

    @GetMapping("/api/probes/{caseId}")
    @RecordsAccess("probe")
    java.util.Map<String, String> read(
            @org.springframework.web.bind.annotation.PathVariable String caseId, Actor actor) {
        if (caseId.startsWith("missing")) {
            throw new org.casebridge.platform.problem.NotFoundException("probe", caseId);
        }
        return java.util.Map.of("caseId", caseId);
    }

    enum Shade {
        LIGHT,
        DARK
    }

    /** Parameters of each type the services take, for the hostile-parameter test; answers them as read. */
    @GetMapping("/api/probes/typed/{id}")
    java.util.Map<String, String> typed(
            Actor actor,
            @org.springframework.web.bind.annotation.PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam java.time.LocalDate day,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Shade shade,
            @org.springframework.web.bind.annotation.RequestParam(required = false) java.time.Instant at,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int limit) {
        return java.util.Map.of("id", id.toString(), "day", day.toString(), "limit", Integer.toString(limit));
    }

    @GetMapping("/api/whoami")
    Actor whoAmI(Actor actor) {
        return actor;
    }

    @PostMapping("/api/probes")
    ResponseEntity<Void> record(@Valid @RequestBody ProbeRequest request, Actor actor) {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordProbeCommand(id, request.secret()));
        return ResponseEntity.created(URI.create("/api/probes/" + id)).build();
    }
}
