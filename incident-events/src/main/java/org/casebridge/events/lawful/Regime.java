package org.casebridge.events.lawful;

/** The data protection law a share is made under. */
public enum Regime {
    /** UK GDPR with DPA 2018 Part 2: schools, local authorities, health, and the police outside law enforcement. */
    UK_GDPR,
    /** DPA 2018 Part 3: a competent authority (a police force) processing for the law enforcement purposes (s.31). */
    DPA_2018_PART_3
}
