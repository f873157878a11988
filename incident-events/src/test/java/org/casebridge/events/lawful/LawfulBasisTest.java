package org.casebridge.events.lawful;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.casebridge.events.agency.LadoAcknowledgementOverdueEvent;
import org.casebridge.events.agency.LadoReferralNotRoutedEvent;
import org.casebridge.events.agency.ReferralAcknowledgedEvent;
import org.casebridge.events.agency.ReferralNotRoutedEvent;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.registry.LawfulBases;
import org.casebridge.events.school.IncidentReportedEvent;
import org.casebridge.events.school.InitialReviewClockResultEvent;
import org.casebridge.events.school.LegalHoldLiftedEvent;
import org.casebridge.events.school.LegalHoldPlacedEvent;
import org.casebridge.events.school.ReferralMadeEvent;
import org.junit.jupiter.api.Test;

class LawfulBasisTest {

    @Test
    void everyPublishedEventTypeHasADeclaredLawfulBasis() {
        IntegrationEventTypes.all()
                .forEach((type, eventClass) ->
                        assertThat(LawfulBases.declaredFor(eventClass)).as(type).isPresent());
    }

    @Test
    void schoolsShareOnTheirPublicTaskWithScheduleOneParagraphEighteen() {
        assertThat(LawfulBases.declaredFor(ReferralMadeEvent.class)
                        .orElseThrow()
                        .attribute())
                .isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
    }

    @Test
    void policeRecordsOfTheCrimeAreLawEnforcementAndStrategyMeetingsAreSafeguarding() {
        assertThat(LawfulBases.declaredFor(OutcomeAssignedEvent.class).orElseThrow())
                .isEqualTo(LawfulBasis.lawEnforcement(
                        Schedule8Condition.PARA_4_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK));
        assertThat(LawfulBases.declaredFor(StrategyMeetingConvenedEvent.class)
                        .orElseThrow()
                        .regime())
                .isEqualTo(Regime.UK_GDPR);
    }

    @Test
    void theStrategyMeetingClockIsSharedAsTheMeetingsAreAndTheSchoolsMeasuresAsTheSchoolShares() {
        assertThat(LawfulBases.declaredFor(StrategyMeetingClockResultEvent.class))
                .isEqualTo(LawfulBases.declaredFor(StrategyMeetingConvenedEvent.class));
        assertThat(LawfulBases.declaredFor(IncidentReportedEvent.class))
                .isEqualTo(LawfulBases.declaredFor(ReferralMadeEvent.class));
        assertThat(LawfulBases.controllerOf(
                        new StrategyMeetingClockResultEvent("c-1", "01", "MET", Instant.EPOCH, Instant.EPOCH)))
                .contains(Controller.policeForce("01"));
        assertThat(LawfulBases.controllerOf(new InitialReviewClockResultEvent(
                        "c-1", "100001", "E09000012", "MISSED", Instant.EPOCH, Instant.EPOCH)))
                .contains(Controller.school("100001"));
    }

    @Test
    void aLegalHoldIsSharedAsTheSchoolSharesAndTheSchoolIsItsController() {
        assertThat(LawfulBases.declaredFor(LegalHoldPlacedEvent.class))
                .isEqualTo(LawfulBases.declaredFor(ReferralMadeEvent.class));
        assertThat(LawfulBases.declaredFor(LegalHoldLiftedEvent.class))
                .isEqualTo(LawfulBases.declaredFor(ReferralMadeEvent.class));
        assertThat(LawfulBases.controllerOf(new LegalHoldPlacedEvent("c-1", "100001", "100001", Instant.EPOCH)))
                .contains(Controller.school("100001"));
        assertThat(LawfulBases.controllerOf(new LegalHoldLiftedEvent("c-1", "100001", "100001", Instant.EPOCH)))
                .contains(Controller.school("100001"));
    }

    @Test
    void aLegalHoldWithoutItsCaseOrTimeCannotBeBuilt() {
        assertThatThrownBy(() -> new LegalHoldPlacedEvent(null, "100001", "100001", Instant.EPOCH))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("caseId");
        assertThatThrownBy(() -> new LegalHoldLiftedEvent("c-1", "100001", "100001", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("liftedAt");
    }

    @Test
    void aForcesLegalHoldIsSharedOnTheBasisOfItsRecordAndTheForceIsItsController() {
        assertThat(LawfulBases.declaredFor(EscalationLegalHoldPlacedEvent.class))
                .isEqualTo(LawfulBases.declaredFor(OutcomeAssignedEvent.class));
        assertThat(LawfulBases.declaredFor(EscalationLegalHoldLiftedEvent.class))
                .isEqualTo(LawfulBases.declaredFor(OutcomeAssignedEvent.class));
        assertThat(LawfulBases.controllerOf(new EscalationLegalHoldPlacedEvent("c-1", "WMP", Instant.EPOCH)))
                .contains(Controller.policeForce("WMP"));
        assertThat(LawfulBases.controllerOf(new EscalationLegalHoldLiftedEvent("c-1", "WMP", Instant.EPOCH)))
                .contains(Controller.policeForce("WMP"));
        assertThatThrownBy(() -> new EscalationLegalHoldPlacedEvent("c-1", null, Instant.EPOCH))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("forceCode");
        assertThatThrownBy(() -> new EscalationLegalHoldLiftedEvent("c-1", "WMP", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("liftedAt");
    }

    @Test
    void aStrategyActionSaysWhatItIsOnTheSameBasisAsVersionOne() {
        assertThat(LawfulBases.declaredFor(StrategyActionAssignedEventV2.class))
                .isEqualTo(LawfulBases.declaredFor(StrategyActionAssignedEvent.class));
        assertThat(LawfulBases.declaredFor(StrategyActionAssignedEventV2.class)
                        .orElseThrow()
                        .attribute())
                .isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
    }

    @Test
    void childrensSocialCareRecordsOnItsPublicTaskAndIsTheControllerOfItsOwnActs() {
        assertThat(LawfulBases.declaredFor(ReferralAcknowledgedEvent.class)
                        .orElseThrow()
                        .attribute())
                .isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
        assertThat(LawfulBases.controllerOf(
                        new ReferralAcknowledgedEvent("c-1", "100001", "csc-hackney", Instant.EPOCH, false)))
                .contains(Controller.agency("csc-hackney"));
        assertThat(LawfulBases.controllerOf(new ReferralNotRoutedEvent("c-1", "100001", "E09000012", Instant.EPOCH)))
                .contains(Controller.school("100001"));
    }

    @Test
    void theLadoIsTheControllerOfItsOverdueAcknowledgementAndTheSchoolOfAReferralNoLadoReceived() {
        assertThat(LawfulBases.declaredFor(LadoAcknowledgementOverdueEvent.class)
                        .orElseThrow()
                        .attribute())
                .isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
        assertThat(LawfulBases.controllerOf(new LadoAcknowledgementOverdueEvent(
                        "c-1", "100001", "lado-east-london", Instant.EPOCH, Instant.EPOCH)))
                .contains(Controller.agency("lado-east-london"));
        assertThat(LawfulBases.declaredFor(LadoReferralNotRoutedEvent.class)
                        .orElseThrow()
                        .attribute())
                .isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
        assertThat(LawfulBases.controllerOf(
                        new LadoReferralNotRoutedEvent("c-1", "100001", "E09000012", Instant.EPOCH)))
                .contains(Controller.school("100001"));
    }

    @Test
    void everyBasisReadsBackFromItsAttribute() {
        List<LawfulBasis> all = new ArrayList<>();
        for (Article6Basis article6 : Article6Basis.values()) {
            for (Schedule1Condition condition : Schedule1Condition.values()) {
                all.add(LawfulBasis.ukGdpr(article6, condition));
            }
        }
        for (Schedule8Condition condition : Schedule8Condition.values()) {
            all.add(LawfulBasis.lawEnforcement(condition));
        }
        all.forEach(basis -> assertThat(LawfulBasis.parse(basis.attribute())).contains(basis));
    }

    @Test
    void anAttributeNamingABasisAPublicAuthorityMayNotUseOrNoConditionReadsAsNone() {
        assertThat(LawfulBasis.parse("UK_GDPR/LEGITIMATE_INTERESTS/SCH1_PARA_18"))
                .isEmpty();
        assertThat(LawfulBasis.parse("UK_GDPR/CONTRACT/SCH1_PARA_18")).isEmpty();
        assertThat(LawfulBasis.parse("UK_GDPR/CONSENT/SCH1_PARA_18")).isEmpty();
        assertThat(LawfulBasis.parse("UK_GDPR/PUBLIC_TASK/SCH1_PARA_20")).isEmpty();
        assertThat(LawfulBasis.parse("UK_GDPR/PUBLIC_TASK")).isEmpty();
        assertThat(LawfulBasis.parse("DPA_2018_PART_3/S35_2_B/SCH1_PARA_18")).isEmpty();
        assertThat(LawfulBasis.parse("")).isEmpty();
        assertThat(LawfulBasis.parse(null)).isEmpty();
    }

    @Test
    void aBasisUnderUkGdprNeedsBothItsArticleSixBasisAndItsScheduleOneCondition() {
        assertThatThrownBy(() -> new LawfulBasis(Regime.UK_GDPR, Article6Basis.PUBLIC_TASK, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LawfulBasis(
                        Regime.DPA_2018_PART_3,
                        Article6Basis.PUBLIC_TASK,
                        null,
                        Schedule8Condition.PARA_4_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFreeTextCitationOfScheduleOneReadsAsTheConditionOfItsParagraph() {
        assertThat(Schedule1Condition.cited("DPA 2018 Sch 1 para 18"))
                .contains(Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
        assertThat(Schedule1Condition.cited("Schedule 1 Part 2 paragraph 18: safeguarding of children"))
                .contains(Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK);
        assertThat(Schedule1Condition.cited("DPA 2018 Sch. 1 para. 2"))
                .contains(Schedule1Condition.PARA_2_HEALTH_OR_SOCIAL_CARE_PURPOSES);
        assertThat(Schedule1Condition.cited("safeguarding")).isEmpty();
        assertThat(Schedule1Condition.cited("DPA 2018 Sch 1 para 20 (insurance)"))
                .isEmpty();
        assertThat(Schedule1Condition.cited("DPA 2018 Sch 8 para 4")).isEmpty();
    }

    @Test
    void aCitationNamesTheArticleNinePointTheConditionMeets() {
        assertThat(LawfulBasis.ukGdpr(
                                Article6Basis.PUBLIC_TASK,
                                Schedule1Condition.PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK)
                        .citation())
                .isEqualTo("UK GDPR Art 6(1)(e); Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 18"
                        + " (safeguarding of children and of individuals at risk)");
        assertThat(Schedule1Condition.PARA_2_HEALTH_OR_SOCIAL_CARE_PURPOSES.article9Point())
                .isEqualTo("9(2)(h)");
    }
}
