package org.casebridge.cases;

import org.axonframework.serialization.Serializer;
import org.casebridge.platform.axon.AxonPostgresConfiguration;
import org.casebridge.platform.test.FixtureKeys;

/** The event store's serializer as case-service configures it, with the fixed keys of the saved event fixtures. */
public final class FixtureTextKeys {

    private FixtureTextKeys() {}

    public static Serializer serializer() {
        return AxonPostgresConfiguration.sealingSerializer(FixtureKeys.ALL::key);
    }
}
