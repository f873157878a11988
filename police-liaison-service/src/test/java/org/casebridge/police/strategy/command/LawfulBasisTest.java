package org.casebridge.police.strategy.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.casebridge.events.lawful.Regime;
import org.junit.jupiter.api.Test;

/** Every basis a strategy meeting may record a share on names its Article 6 basis and its Schedule 1 or 8 condition. */
class LawfulBasisTest {

    @Test
    void aShareOnALegalObligationCarriesItsScheduleOneCondition() {
        assertThat(LawfulBasis.LEGAL_OBLIGATION.basis().schedule1()).isNotNull();
        assertThat(LawfulBasis.LEGAL_OBLIGATION.legislation())
                .isEqualTo("UK GDPR Art 6(1)(c); Art 9(2)(g) with DPA 2018 Sch 1 Part 2 para 6"
                        + " (statutory and government purposes)");
    }

    @Test
    void everyBasisUnderUkGdprNamesAScheduleOneConditionAndEveryPartThreeBasisAScheduleEightCondition() {
        Arrays.stream(LawfulBasis.values()).forEach(choice -> {
            if (choice.basis().regime() == Regime.UK_GDPR) {
                assertThat(choice.basis().article6()).as(choice.name()).isNotNull();
                assertThat(choice.basis().schedule1()).as(choice.name()).isNotNull();
                assertThat(choice.legislation()).as(choice.name()).contains("Sch 1");
            } else {
                assertThat(choice.basis().schedule8()).as(choice.name()).isNotNull();
                assertThat(choice.legislation()).as(choice.name()).contains("Part 3", "Sch 8");
            }
        });
    }

    @Test
    void lawEnforcementSharesAreMadeUnderPartThree() {
        assertThat(LawfulBasis.LAW_ENFORCEMENT.basis().regime()).isEqualTo(Regime.DPA_2018_PART_3);
    }
}
