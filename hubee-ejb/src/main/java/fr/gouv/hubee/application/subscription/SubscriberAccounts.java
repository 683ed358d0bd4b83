package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.application.security.AccountMails;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.DefaultRoles;
import fr.gouv.hubee.domain.rules.EmailAddress;
import fr.gouv.hubee.domain.rules.PhoneNumber;
import fr.gouv.hubee.infrastructure.persistence.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The accounts a subscription names (local administrator, technical delegate): the existing
 * account of that email, or a new DataPass account with its activation mail. Used by the intake
 * and by the administration's changes, inside their transactions.
 */
@ApplicationScoped
class SubscriberAccounts {

    @Inject
    UserRepository users;

    @Inject
    AccountMails accountMails;

    /** The subscriber's local administrator: his existing account, or a new DataPass one. */
    User localAdministrator(Organization organization, SubscriptionRequest.Person person) {
        User existing = existing(person);
        if (existing != null) {
            if (!existing.getOrganization().equals(organization)) {
                throw new BusinessRuleException("intake.admin.otherOrganization");
            }
            return existing;
        }
        return newAccount(organization, person, ActorType.LOCAL_ADMIN);
    }

    /** A delegate serves several organisations: an existing account is reused wherever it lives. */
    User delegate(Organization organization, SubscriptionRequest.Person person) {
        User existing = existing(person);
        if (existing != null) {
            if (existing.getActorType() != ActorType.TECHNICAL_DELEGATE) {
                throw new BusinessRuleException("subscription.delegate.notDelegate");
            }
            return existing;
        }
        return newAccount(organization, person, ActorType.TECHNICAL_DELEGATE);
    }

    private User existing(SubscriptionRequest.Person person) {
        if (!EmailAddress.isValid(person.email())) {
            throw new BusinessRuleException("user.email.invalid");
        }
        return users.findByEmail(person.email()).orElse(null);
    }

    private User newAccount(Organization organization, SubscriptionRequest.Person person, ActorType type) {
        User user = new User(organization, person.email(), person.firstName(), person.lastName(),
                type, DefaultRoles.of(type));
        user.setDatapass(true);
        user.setFunction(person.function() == null || person.function().isBlank() ? null : person.function().strip());
        user.changePhones(PhoneNumber.normalize(person.phone()).orElse(null),
                PhoneNumber.normalize(person.mobile()).orElse(null));
        users.add(user);
        accountMails.sendActivation(user, null);
        return user;
    }
}
