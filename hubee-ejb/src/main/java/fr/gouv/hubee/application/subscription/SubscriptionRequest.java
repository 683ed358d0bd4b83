package fr.gouv.hubee.application.subscription;

/**
 * A subscription validated in DataPass (POST /referential/v1/subscriptions) or entered by a
 * national administrator: the subscriber by SIRET and branch code, its local administrator and,
 * optionally, its technical delegate.
 */
public record SubscriptionRequest(Long datapassId, String processCode, String siret, String branchCode,
                                  String organizationName, String accessMode, String notificationFrequency,
                                  String notificationEmail, Person localAdministrator, Person delegationActor) {

    /** A person as DataPass describes him: phones in any French form. */
    public record Person(String firstName, String lastName, String email, String function, String phone,
                         String mobile) {
    }
}
