package org.casebridge.police;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The police context: escalations from schools, crime records, outcomes, strategy meetings and devices. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PoliceLiaisonServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PoliceLiaisonServiceApplication.class, args);
    }
}
