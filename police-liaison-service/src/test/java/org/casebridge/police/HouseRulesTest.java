package org.casebridge.police;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.casebridge.platform.test.HouseRules;

/** The house rules of every module ({@link HouseRules}), over this module's production classes. */
@AnalyzeClasses(packages = "org.casebridge.police", importOptions = HouseRules.ProductionClasses.class)
class HouseRulesTest {

    @ArchTest
    static final ArchTests house = ArchTests.in(HouseRules.class);
}
