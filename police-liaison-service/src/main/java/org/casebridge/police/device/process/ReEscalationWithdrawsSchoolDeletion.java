package org.casebridge.police.device.process;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.casebridge.police.device.command.DeviceCommand.WithdrawSchoolDeletionCommand;
import org.casebridge.police.device.query.DeviceQueries;
import org.casebridge.police.device.query.DeviceView;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationRoundOpenedEvent;
import org.springframework.stereotype.Component;

/**
 * A school's re-escalation withdraws every "not seized, deletion left to the school" of the case: new information
 * may change what the police need, so the school waits for the police to decide again. Each device's aggregate
 * ignores the withdrawal when nothing is left to the school, so handling an event twice changes nothing; a replay of
 * the projections does not send the commands again (ADR 0050).
 */
@Component
@ProcessingGroup(ReEscalationWithdrawsSchoolDeletion.GROUP)
@DisallowReplay
class ReEscalationWithdrawsSchoolDeletion {

    static final String GROUP = "police-device-withdrawals";

    private final CommandGateway commands;
    private final DeviceQueries devices;

    ReEscalationWithdrawsSchoolDeletion(CommandGateway commands, DeviceQueries devices) {
        this.commands = commands;
        this.devices = devices;
    }

    @EventHandler
    void on(EscalationRoundOpenedEvent event) {
        for (DeviceView device : devices.devicesOfCase(event.caseId())) {
            if (!device.seized() && Boolean.TRUE.equals(device.schoolMayUseDeletionPowers())) {
                commands.sendAndWait(new WithdrawSchoolDeletionCommand(
                        device.deviceId(), event.caseId(), event.round(), event.by()));
            }
        }
    }
}
