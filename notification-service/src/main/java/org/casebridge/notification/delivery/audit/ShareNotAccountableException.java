package org.casebridge.notification.delivery.audit;

/** A share that does not name its controller, the controller's basis or the rule that entitled it is not recorded. */
public class ShareNotAccountableException extends IllegalArgumentException {

    public ShareNotAccountableException(String missing) {
        super("A share must name " + missing);
    }
}
