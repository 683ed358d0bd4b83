package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.ProcedureAuthorization;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.user.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class UserRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public Optional<User> find(UUID id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    /** Login lookup, whatever the case of the email. */
    public Optional<User> findByEmail(String email) {
        return em.createQuery("select u from User u where u.emailKey = :key", User.class)
                .setParameter("key", User.emailKey(email))
                .getResultStream().findFirst();
    }

    public Set<UUID> habilitatedProcedureIds(UUID userId) {
        return new HashSet<>(em.createQuery(
                        "select a.procedure.id from ProcedureAuthorization a where a.user.id = :user", UUID.class)
                .setParameter("user", userId)
                .getResultList());
    }

    public List<ProcedureAuthorization> authorizationsOf(UUID userId) {
        return em.createQuery("select a from ProcedureAuthorization a where a.user.id = :user"
                        + " order by a.procedure.label", ProcedureAuthorization.class)
                .setParameter("user", userId)
                .getResultList();
    }

    /**
     * One page of an organisation's users under the filters (all optional): actor type, role
     * (a "manage" role also matches its "view" filter), démarche habilitation, start of the
     * accent-free last name.
     */
    public List<User> search(UUID organizationId, ActorType actorType, Role role, UUID procedureId, String nameKey,
                             int first, int max) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        var query = em.createQuery("select u from User u where " + where(organizationId, actorType, role, procedureId,
                nameKey, params) + " order by u.lastNameKey, u.firstName, u.id", User.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(UUID organizationId, ActorType actorType, Role role, UUID procedureId, String nameKey) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        var query = em.createQuery("select count(u) from User u where "
                + where(organizationId, actorType, role, procedureId, nameKey, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(UUID organizationId, ActorType actorType, Role role, UUID procedureId, String nameKey,
                                java.util.Map<String, Object> params) {
        StringBuilder where = new StringBuilder("u.organization.id = :org");
        params.put("org", organizationId);
        if (actorType != null) {
            where.append(" and u.actorType = :actor");
            params.put("actor", actorType);
        }
        if (role != null) {
            java.util.List<Role> granting = java.util.Arrays.stream(Role.values()).filter(r -> r.grants(role)).toList();
            where.append(" and exists (select r from User u2 join u2.roles r where u2 = u and r in :roles)");
            params.put("roles", granting);
        }
        if (procedureId != null) {
            where.append(" and exists (select a from ProcedureAuthorization a where a.user = u and a.procedure.id = :procedure)");
            params.put("procedure", procedureId);
        }
        if (nameKey != null && !nameKey.isEmpty()) {
            where.append(" and u.lastNameKey like :name");
            params.put("name", nameKey.replace("%", "").replace("_", "") + "%");
        }
        return where.toString();
    }

    public long countActiveLocalAdmins(UUID organizationId) {
        return em.createQuery("select count(u) from User u where u.organization.id = :org and u.active = true"
                        + " and u.actorType = :type", Long.class)
                .setParameter("org", organizationId)
                .setParameter("type", ActorType.LOCAL_ADMIN)
                .getSingleResult();
    }

    /** Replaces a user's habilitations by exactly these démarches. */
    public void replaceAuthorizations(User user, java.util.Collection<fr.gouv.hubee.domain.model.procedure.Procedure> procedures) {
        java.util.Set<UUID> wanted = new java.util.HashSet<>();
        procedures.forEach(p -> wanted.add(p.getId()));
        java.util.Set<UUID> kept = new java.util.HashSet<>();
        for (ProcedureAuthorization existing : authorizationsOf(user.getId())) {
            if (wanted.contains(existing.getProcedure().getId())) {
                kept.add(existing.getProcedure().getId());
            } else {
                em.remove(existing);
            }
        }
        procedures.stream().filter(p -> !kept.contains(p.getId()))
                .forEach(p -> em.persist(new ProcedureAuthorization(user, p)));
    }

    public void add(User user) {
        em.persist(user);
    }

    public void add(ProcedureAuthorization authorization) {
        em.persist(authorization);
    }

    /**
     * Active accounts that may be due a password reminder: password set after {@code oldest}, and
     * before {@code firstCut} without reminder or before {@code secondCut} with one.
     */
    public List<User> passwordReminderCandidates(java.time.Instant oldest, java.time.Instant firstCut,
                                                 java.time.Instant secondCut, int max) {
        return em.createQuery("select u from User u where u.active = true"
                        + " and u.passwordChangedAt > :oldest and ((u.passwordRemindersSent = 0 and u.passwordChangedAt <= :first)"
                        + " or (u.passwordRemindersSent < 2 and u.passwordChangedAt <= :second)) order by u.id", User.class)
                .setParameter("oldest", oldest).setParameter("first", firstCut).setParameter("second", secondCut)
                .setMaxResults(max).getResultList();
    }

    /**
     * Active accounts whose last login (or creation, if never used) is on or before {@code cut};
     * only those not warned yet when {@code notWarnedOnly}.
     */
    public List<User> unusedSince(java.time.Instant cut, boolean notWarnedOnly, int max) {
        return em.createQuery("select u from User u where u.active = true"
                        + (notWarnedOnly ? " and u.inactivityWarnedAt is null" : "") + " and"
                        + " ((u.lastLoginAt is not null and u.lastLoginAt <= :cut) or (u.lastLoginAt is null and u.createdAt <= :cut))"
                        + " order by u.id", User.class)
                .setParameter("cut", cut).setMaxResults(max).getResultList();
    }

    /**
     * The account, its row locked until the transaction ends: concurrent logins of one account
     * take their turn, so each failure is counted and none fails on a stale version.
     */
    public Optional<User> findByEmailForUpdate(String email) {
        return em.createQuery("select u from User u where u.emailKey = :key", User.class)
                .setParameter("key", User.emailKey(email))
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<User> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(User.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }
}
