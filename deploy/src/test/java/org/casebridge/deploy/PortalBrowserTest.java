package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The browser finds a button or link by its text whatever quotes the text holds. */
class PortalBrowserTest {

    @Test
    void aTextWithAnApostropheIsQuotedWithDoubleQuotes() {
        assertThat(PortalBrowser.xpathLiteral("Record the school's action"))
                .isEqualTo("\"Record the school's action\"");
    }

    @Test
    void aTextWithoutQuotesIsQuotedWithSingleQuotes() {
        assertThat(PortalBrowser.xpathLiteral("Continue")).isEqualTo("'Continue'");
    }

    @Test
    void aTextWithBothQuotesIsBuiltWithConcat() {
        assertThat(PortalBrowser.xpathLiteral("The \"DSL\"'s view"))
                .isEqualTo("concat('The \"DSL\"', \"'\", 's view')");
    }
}
