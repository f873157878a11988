package org.casebridge.notification.agency;

/** What an agency receives of an event: nothing, its shareable fields, or those without the children's roles. */
public enum Share {
    NO,
    YES,
    /** The crime record without {@code childRoles}: withholding only SUSPECT would name the suspect by elimination. */
    WITHOUT_CHILD_ROLES
}
