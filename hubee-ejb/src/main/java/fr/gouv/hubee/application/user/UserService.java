package fr.gouv.hubee.application.user;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.security.AccessPolicy;
import fr.gouv.hubee.application.security.AccountMails;
import fr.gouv.hubee.application.security.Caller;
import fr.gouv.hubee.application.security.ContainerRoles;
import fr.gouv.hubee.application.security.CurrentCaller;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.model.shared.SearchKey;
import fr.gouv.hubee.domain.model.audit.AuditType;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.ProcedureAuthorization;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.DefaultRoles;
import fr.gouv.hubee.domain.rules.EmailAddress;
import fr.gouv.hubee.domain.rules.PersonalEmail;
import fr.gouv.hubee.domain.rules.PhoneNumber;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import fr.gouv.hubee.infrastructure.persistence.ProcedureRepository;
import fr.gouv.hubee.infrastructure.persistence.AuditLog;
import fr.gouv.hubee.infrastructure.persistence.UserRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** User accounts of the caller's organisation: read with "Consultation", write with "Gestion". */
@Stateless
@RolesAllowed(ContainerRoles.AUTHENTICATED)
public class UserService {

    @Inject
    AuditLog audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    UserRepository users;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ProcedureRepository procedures;

    @Inject
    AccountMails accountMails;

    /** The caller's own account: no role needed to read oneself. */
    public UserSummary me() {
        return summary(users.find(currentCaller.get().userId()).orElseThrow());
    }

    /** « Gestion des comptes »: one page of the organisation's users under the filters, paged in SQL. */
    public UserPage search(UserFilter filter, int first, int max) {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.USER_VIEW);
        String name = filter.name() == null ? null : SearchKey.of(filter.name());
        if (name != null && name.length() < 2) {
            name = null;
        }
        int size = Math.max(1, Math.min(max, 100));
        List<UserSummary> rows = users.search(caller.organizationId(), filter.actorType(), filter.role(),
                filter.procedureId(), name, Math.max(0, first), size).stream().map(this::summary).toList();
        return new UserPage(rows, users.count(caller.organizationId(), filter.actorType(), filter.role(),
                filter.procedureId(), name));
    }

    /** The guide recommends two local administrators: true when the organisation has only one. */
    public boolean hasSingleLocalAdministrator() {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.USER_VIEW);
        return users.countActiveLocalAdmins(caller.organizationId()) <= 1;
    }

    /**
     * « Renvoyer le lien d'activation » for an account never activated (the first link expired or
     * was lost). Paced like every mailed link ({@code MailedSecretLimits.ACTIVATION}): beyond, the
     * link already sent stays the one; returns whether a new one went out.
     */
    public boolean resendActivation(UUID id) {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.USER_MANAGE);
        User user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        AccessPolicy.requireOrganization(caller, user.getOrganization().getId(), Role.USER_MANAGE);
        if (!user.isAwaitingActivation()) {
            throw new BusinessRuleException("user.alreadyActivated");
        }
        return accountMails.sendActivation(user, null);
    }

    /**
     * « Désactiver / Activer le compte ». Users are never deleted. Reactivation also lifts a
     * lockout. The organisation keeps at least one active local administrator.
     */
    public void setActive(UUID id, boolean active) {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.USER_MANAGE);
        User user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        AccessPolicy.requireOrganization(caller, user.getOrganization().getId(), Role.USER_MANAGE);
        if (active) {
            user.activate();
            audit.record(AuditType.RIGHTS_CHANGED, user, null, "activé par " + caller.displayName());
            return;
        }
        if (user.isActive() && user.getActorType() == ActorType.LOCAL_ADMIN
                && users.countActiveLocalAdmins(user.getOrganization().getId()) <= 1) {
            throw new BusinessRuleException("user.lastAdmin");
        }
        user.deactivate();
        audit.record(AuditType.RIGHTS_CHANGED, user, null, "désactivé par " + caller.displayName());
    }

    /**
     * « Enregistrer les modifications »: names and phones checked as at creation, actor type,
     * roles and habilitations replaced. The organisation keeps at least one active local
     * administrator with « Gestion des utilisateurs ».
     */
    public void update(UUID id, UserUpdate form) {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.USER_MANAGE);
        User user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        AccessPolicy.requireOrganization(caller, user.getOrganization().getId(), Role.USER_MANAGE);
        if (!PhoneNumber.isValidPair(form.phone(), form.secondaryPhone())) {
            throw new BusinessRuleException("user.phone.invalid");
        }
        if (form.actorType() == ActorType.ADMIN && caller.actorType() != ActorType.ADMIN) {
            throw new AccessDeniedException("only a national administrator grants it");
        }
        boolean wasAdmin = user.isActive() && user.getActorType() == ActorType.LOCAL_ADMIN && user.has(Role.USER_MANAGE);
        boolean staysAdmin = form.actorType() == ActorType.LOCAL_ADMIN && form.roles().contains(Role.USER_MANAGE);
        if (wasAdmin && !staysAdmin && users.countActiveLocalAdmins(user.getOrganization().getId()) <= 1) {
            throw new BusinessRuleException("user.lastAdmin");
        }
        user.setCivility(form.civility());
        user.rename(form.firstName(), form.lastName());
        user.setFunction(blankToNull(form.function()));
        user.changePhones(blankToNull(form.phone()), blankToNull(form.secondaryPhone()));
        java.util.Set<UUID> habilitations = users.habilitatedProcedureIds(user.getId());
        String before = rights(user.getActorType(), user.getRoles(), habilitations.size());
        user.changeActorType(form.actorType());
        user.changeRoles(form.roles());
        if (!form.procedureIds().containsAll(habilitations)) {
            // An habilitation taken away: the sessions opened with it end.
            user.credentialsChanged();
        }
        String after = rights(form.actorType(), form.roles(), form.procedureIds().size());
        if (!before.equals(after) || !habilitations.equals(java.util.Set.copyOf(form.procedureIds()))) {
            audit.record(AuditType.RIGHTS_CHANGED, user, null, ("par " + caller.displayName() + " : " + before + " → " + after));
        }
        users.replaceAuthorizations(user, form.procedureIds().stream()
                .map(pid -> procedures.find(pid).orElseThrow(() -> new BusinessRuleException("user.procedure.unknown")))
                .toList());
    }

    public UserSummary get(UUID id) {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.USER_VIEW);
        User user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        AccessPolicy.requireOrganization(caller, user.getOrganization().getId(), Role.USER_VIEW);
        return summary(user);
    }

    /** The edit page: the account with its habilitations by démarche id. */
    public UserDetails details(UUID id) {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.USER_VIEW);
        User user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        AccessPolicy.requireOrganization(caller, user.getOrganization().getId(), Role.USER_VIEW);
        return UserDetails.of(user, users.authorizationsOf(user.getId()).stream()
                .map(a -> a.getProcedure().getId()).collect(java.util.stream.Collectors.toSet()));
    }

    /** Creates an account in the caller's organisation with the actor type's default roles. */
    public UUID create(NewUser form) {
        Caller caller = currentCaller.get();
        AccessPolicy.requireRole(caller, Role.USER_MANAGE);
        if (form.actorType() == ActorType.ADMIN && caller.actorType() != ActorType.ADMIN) {
            throw new AccessDeniedException("only a national administrator creates one");
        }
        if (!EmailAddress.isValid(form.email())) {
            throw new BusinessRuleException("user.email.invalid");
        }
        if (!PhoneNumber.isValidPair(form.phone(), form.secondaryPhone())) {
            throw new BusinessRuleException("user.phone.invalid");
        }
        if (PersonalEmail.isFunctionalMailbox(form.email())) {
            throw new BusinessRuleException("user.email.functional");
        }
        var existing = users.findByEmail(form.email());
        if (existing.isPresent()) {
            // A technical delegate may already have an account in another organisation.
            throw new BusinessRuleException(existing.get().getOrganization().getId().equals(caller.organizationId())
                    ? "user.email.exists" : "user.email.otherOrganization");
        }
        User user = new User(organizations.find(caller.organizationId()).orElseThrow(), form.email(),
                form.firstName(), form.lastName(), form.actorType(), DefaultRoles.of(form.actorType()));
        user.setCivility(form.civility());
        user.setFunction(blankToNull(form.function()));
        user.changePhones(blankToNull(form.phone()), blankToNull(form.secondaryPhone()));
        users.add(user);
        for (UUID procedureId : form.procedureIds()) {
            Procedure procedure = procedures.find(procedureId)
                    .orElseThrow(() -> new BusinessRuleException("user.procedure.unknown"));
            users.add(new ProcedureAuthorization(user, procedure));
        }
        accountMails.sendActivation(user, null);
        return user.getId();
    }

    private UserSummary summary(User user) {
        return UserSummary.of(user, users.authorizationsOf(user.getId()).stream()
                .map(a -> a.getProcedure().getLabel()).toList());
    }

    /** What the audit says of an account's rights: actor type, roles, how many habilitations. */
    private static String rights(ActorType type, java.util.Collection<Role> roles, int habilitations) {
        return type + " " + new java.util.TreeSet<>(roles) + " " + habilitations + " habilitation(s)";
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }
}
