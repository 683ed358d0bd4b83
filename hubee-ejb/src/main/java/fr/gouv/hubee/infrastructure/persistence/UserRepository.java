package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.user.ProcedureAuthorization;
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

    /** One page of an organisation's users, by last then first name (paged in the database). */
    public List<User> listByOrganization(UUID organizationId, int first, int max) {
        return em.createQuery("select u from User u where u.organization.id = :org"
                        + " order by u.lastNameKey, u.firstName, u.id", User.class)
                .setParameter("org", organizationId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countByOrganization(UUID organizationId) {
        return em.createQuery("select count(u) from User u where u.organization.id = :org", Long.class)
                .setParameter("org", organizationId)
                .getSingleResult();
    }

    public void add(User user) {
        em.persist(user);
    }

    public void add(ProcedureAuthorization authorization) {
        em.persist(authorization);
    }
}
