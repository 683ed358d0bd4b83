package fr.gouv.hubee.application.subscription;

import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.application.security.AccessPolicy;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.rules.Siret;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import fr.gouv.hubee.infrastructure.persistence.ProcedureRepository;
import fr.gouv.hubee.infrastructure.persistence.SubscriptionRepository;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;

/**
 * DataPass intake: creates a subscription in status Inactif, the organisation if unknown, its
 * local administrator (DataPass account, activation mail) if unknown and the technical delegate
 * if given. Reached with a DATAPASS or ADMIN token, or by a national administrator in the portal.
 */
@Stateless
@DeclareRoles({ApiRoles.DATAPASS, ApiRoles.ADMIN, ContainerRoles.AUTHENTICATED})
public class SubscriptionIntake {

    @Inject
    CurrentApiCaller callers;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ProcedureRepository procedures;

    @Inject
    SubscriberAccounts accounts;

    @Inject
    SubscriptionChanges changes;

    @Inject
    Clock clock;

    /** POST /referential/v1/subscriptions. */
    @RolesAllowed({ApiRoles.DATAPASS, ApiRoles.ADMIN})
    public SubscriptionSnapshot createFromApi(SubscriptionRequest request) {
        return SubscriptionSnapshot.of(create(request));
    }

    /** The national administrator's form: the same creation from the portal. */
    @RolesAllowed(ContainerRoles.AUTHENTICATED)
    public UUID createAsNationalAdministrator(SubscriptionRequest request) {
        AccessPolicy.requireNationalAdministrator(currentCaller.get());
        return create(request).getId();
    }

    private Subscription create(SubscriptionRequest request) {
        if (request.datapassId() == null || request.processCode() == null || request.localAdministrator() == null) {
            throw new BusinessRuleException("intake.required");
        }
        Procedure procedure = procedures.findByCode(request.processCode().strip())
                .orElseThrow(() -> new BusinessRuleException("intake.process.unknown"));
        if (request.siret() == null || !Siret.isValid(request.siret())) {
            throw new BusinessRuleException("intake.siret.invalid");
        }
        String branchCode = request.branchCode() == null ? "" : request.branchCode().strip();
        if (branchCode.isEmpty() || branchCode.length() > 10) {
            throw new BusinessRuleException("intake.branchCode.invalid");
        }
        NotificationFrequency frequency = NotificationFrequency.parse(request.notificationFrequency())
                .orElseThrow(() -> new BusinessRuleException("intake.frequency.invalid"));
        AccessMode accessMode = parseAccessMode(request.accessMode());
        Organization organization = organizations.findByIdentifier(OrganizationType.SI, request.siret(), branchCode)
                .orElseGet(() -> newOrganization(request, branchCode));
        if (subscriptions.findByOrganizationAndProcedure(organization.getId(), procedure.getId()).isPresent()) {
            throw new BusinessRuleException("intake.duplicate");
        }
        Subscription subscription = new Subscription(organization, procedure, request.datapassId(), clock.instant());
        subscription.recordCreation(clock.instant());
        subscription.switchAccessMode(accessMode);
        changes.notifications(subscription, frequency, request.notificationEmail());
        subscription.setLocalAdministrator(accounts.localAdministrator(organization, request.localAdministrator()));
        if (request.delegationActor() != null && request.delegationActor().email() != null) {
            subscription.delegateTo(accounts.delegate(organization, request.delegationActor()));
        }
        subscriptions.add(subscription);
        return subscription;
    }

    private Organization newOrganization(SubscriptionRequest request, String branchCode) {
        String name = request.organizationName() == null || request.organizationName().isBlank()
                ? "SI " + request.siret() + "-" + branchCode : request.organizationName().strip();
        Organization organization = new Organization(OrganizationType.SI, request.siret(), branchCode, name);
        organization.recordCreation(clock.instant());
        organizations.add(organization);
        return organization;
    }

    static AccessMode parseAccessMode(String value) {
        if (value == null || value.isBlank()) {
            return AccessMode.PORTAIL;
        }
        try {
            return AccessMode.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("intake.accessMode.invalid");
        }
    }
}
