package org.casebridge.police.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.police.reference.ForceDirectory;
import org.junit.jupiter.api.Test;

class PoliceRolesTest {

    @Test
    void everyRoleTheRulesNameIsARoleThePlatformKnows() throws IllegalAccessException {
        List<String> platformRoles =
                Arrays.stream(Actor.Role.values()).map(Actor.Role::name).toList();
        List<Field> names = Arrays.stream(PoliceRoles.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(4);
        for (Field name : names) {
            assertThat(platformRoles).as(name.getName()).contains((String) name.get(null));
        }
        assertThat(platformRoles).containsAll(PoliceRoles.ACTING_FOR_A_FORCE);
    }

    @Test
    void onlyASupervisorSignsOff() {
        assertThat(PoliceRoles.isSupervisor(new Actor("ps-1", Actor.Role.POLICE_SUPERVISOR, "WMP").actedBy()))
                .isTrue();
        assertThat(PoliceRoles.isSupervisor(new Actor("pc-1", Actor.Role.POLICE_LIAISON, "WMP").actedBy()))
                .isFalse();
        assertThat(PoliceRoles.isSupervisor(new ActedBy("ps-1", "police_supervisor", "WMP")))
                .isFalse();
    }

    @Test
    void officersSupervisorsAndAuditorsOfAForceReadTheirForceAndThePlatformsAuditorsReadEveryForce() {
        ForceDirectory forces = ForceDirectory.defaults();
        for (Actor.Role role : Actor.Role.values()) {
            ActedBy ofAForce = new Actor("u-1", role, "WMP").actedBy();
            ActedBy ofThePlatform = new Actor("u-2", role, "casebridge-audit").actedBy();
            boolean police = role == Actor.Role.POLICE_LIAISON || role == Actor.Role.POLICE_SUPERVISOR;
            boolean auditor = role == Actor.Role.AUDITOR;

            assertThat(ForceAccess.actsForAForce(ofAForce)).as(role.name()).isEqualTo(police);
            assertThat(ForceAccess.mayRead(ofAForce, "WMP", forces))
                    .as(role.name())
                    .isEqualTo(police || auditor);
            assertThat(ForceAccess.mayRead(ofAForce, "MPS", forces))
                    .as(role.name() + " of WMP reading MPS's record")
                    .isFalse();
            assertThat(ForceAccess.readsEveryForce(ofAForce, forces))
                    .as(role.name())
                    .isFalse();
            assertThat(ForceAccess.readsEveryForce(ofThePlatform, forces))
                    .as(role.name())
                    .isEqualTo(auditor);
            assertThat(ForceAccess.mayRead(ofThePlatform, "MPS", forces))
                    .as(role.name())
                    .isEqualTo(auditor);
        }
    }

    @Test
    void theReferringSchoolActsAsItsDesignatedSafeguardingLead() {
        assertThat(PoliceRoles.school("137001"))
                .isEqualTo(new Actor("137001", Actor.Role.SCHOOL_DSL, "137001").actedBy());
    }
}
