package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void randomPortsAndTheirSecondInstancesAreDistinctAndBelowTheEphemeralRange() {
        Ports ports = Ports.random();
        List<Integer> all = new ArrayList<>(List.of(ports.postgres(), ports.kafka(), ports.kafkaController()));
        for (Service service : Service.values()) {
            all.add(ports.of(service, 1));
            all.add(ports.of(service, 2));
        }

        assertThat(all).doesNotHaveDuplicates();
        assertThat(all)
                .as("no outgoing connection or bind(0) can take them before a second instance is added")
                .allSatisfy(port -> assertThat(port).isLessThan(Ports.ephemeralRangeStart()));
        assertThat(all).allSatisfy(port -> assertThat(port).isGreaterThanOrEqualTo(10_000));
    }
}
