package org.casebridge.police.escalation.review;

import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.police.escalation.command.EscalationCommand.ErasePersonalDetailsCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disposal decision of a MoPI review (ADR 0064): records the erasure on the escalation, destroys the case's key
 * and deletes every user's portal drafts about the case and the files of its released subject access disclosures (ADR
 * 0066: their SHA-256 stays on the release's event), in one transaction. From then on every free text of the case,
 * its devices and its strategy meetings reads as erased in the event store, every projection and every replay; the
 * projections drop their copies when they see the erasure.
 */
@Component
public class PersonalDetailsErasure {

    private final CommandGateway commands;
    private final SealingKeyVault keys;
    private final ObjectProvider<PortalDrafts> drafts;
    private final JdbcTemplate jdbc;

    public PersonalDetailsErasure(
            CommandGateway commands, SealingKeyVault keys, ObjectProvider<PortalDrafts> drafts, JdbcTemplate jdbc) {
        this.commands = commands;
        this.keys = keys;
        this.drafts = drafts;
        this.jdbc = jdbc;
    }

    /** Whether the escalation's personal data was erased: its key destroyed, for good. */
    public boolean erased(String caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM sealing_key WHERE key_id::text = ? AND destroyed_at IS NOT NULL)",
                Boolean.class,
                caseId));
    }

    @Transactional
    public void erase(String caseId, ActedBy by, String reason) {
        commands.sendAndWait(new ErasePersonalDetailsCommand(caseId, by, reason));
        UUID keyId = UUID.fromString(caseId);
        keys.destroy(keyId);
        drafts.ifAvailable(portalDrafts -> portalDrafts.discardCase(keyId));
        jdbc.update(
                "DELETE FROM police_disclosure_file WHERE request_id IN"
                        + " (SELECT request_id FROM police_subject_access_request WHERE case_id = ?)",
                caseId);
    }
}
