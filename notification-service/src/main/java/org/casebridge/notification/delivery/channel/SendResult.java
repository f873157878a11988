package org.casebridge.notification.delivery.channel;

/**
 * What a channel made of one attempt.
 *
 * @param delivered  whether the receiving side accepted it
 * @param statusCode the HTTP status for webhooks, else null
 * @param error      a short reason when not delivered; never content of the event or of the response
 */
public record SendResult(boolean delivered, Integer statusCode, String error) {

    public static SendResult accepted(Integer statusCode) {
        return new SendResult(true, statusCode, null);
    }

    public static SendResult failed(Integer statusCode, String error) {
        return new SendResult(false, statusCode, error);
    }
}
