package org.casebridge.police.escalation.review;

import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.portal.PortalDrafts;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.casebridge.police.escalation.command.EscalationCommand.ErasePersonalDetailsCommand;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disposal decision of a MoPI review (ADR 0064): records the erasure on the escalation, destroys the case's key
 * and deletes every user's portal drafts about the case, in one transaction. From then on every free text of the case,
 * its devices and its strategy meetings reads as erased in the event store, every projection and every replay; the
 * projections drop their copies when they see the erasure.
 */
@Component
public class PersonalDetailsErasure {

    private final CommandGateway commands;
    private final SealingKeyVault keys;
    private final ObjectProvider<PortalDrafts> drafts;

    public PersonalDetailsErasure(CommandGateway commands, SealingKeyVault keys, ObjectProvider<PortalDrafts> drafts) {
        this.commands = commands;
        this.keys = keys;
        this.drafts = drafts;
    }

    @Transactional
    public void erase(String caseId, ActedBy by, String reason) {
        commands.sendAndWait(new ErasePersonalDetailsCommand(caseId, by, reason));
        UUID keyId = UUID.fromString(caseId);
        keys.destroy(keyId);
        drafts.ifAvailable(portalDrafts -> portalDrafts.discardCase(keyId));
    }
}
