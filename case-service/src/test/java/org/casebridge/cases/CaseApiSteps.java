package org.casebridge.cases;

import org.casebridge.platform.kafka.CloudEventCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a case IT reaches of the running service, wired once: the server's port for {@link CaseApi}, the database to
 * look at what was stored, and the codec the police and agencies encode their events with ({@link IncomingEvents}).
 */
public abstract class CaseApiSteps {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected CloudEventCodec codec;
}
