package org.casebridge.notification.delivery.channel;

import org.casebridge.notification.subscription.command.ChannelType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * A short notice over SMTP: something happened on a case shared with the agency, sign in to see it. Email is not a safe
 * place for case content, so the message carries a link to the case only (its id in the URL, never in the words a
 * person reads; ADR 0052), never the event type, the school or any of the event's data.
 */
@Component
public class EmailChannel implements DeliveryChannel {

    private final JavaMailSender mail;
    private final String from;
    private final String portalUrl;

    public EmailChannel(
            JavaMailSender mail,
            @Value("${casebridge.notification.email.from:no-reply@casebridge.local}") String from,
            @Value("${casebridge.notification.email.portal-url:http://localhost:8083/portal}") String portalUrl) {
        this.mail = mail;
        this.from = from;
        this.portalUrl = portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public SendResult send(OutgoingDelivery delivery) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(delivery.subscription().endpoint());
        message.setSubject("Casebridge: an update on a case shared with your agency");
        message.setText("""
                Something happened on a case shared with your agency.

                Sign in to Casebridge to see it:
                %s/cases/%s

                This notice deliberately carries no details of the case: the link above is the only way to it.
                Notice %s
                """.formatted(portalUrl, delivery.caseId(), delivery.deliveryId()));
        try {
            mail.send(message);
            return SendResult.accepted(null);
        } catch (MailException e) {
            return SendResult.failed(null, "SMTP: " + e.getClass().getSimpleName());
        }
    }
}
