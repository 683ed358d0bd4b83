package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public Optional<Organization> find(UUID id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    /** By the contract's identifier: type, SIRET and branch code. */
    public Optional<Organization> findByIdentifier(OrganizationType type, String siret, String branchCode) {
        return em.createQuery("select o from Organization o where o.type = :type and o.siret = :siret"
                        + " and o.branchCode = :branch", Organization.class)
                .setParameter("type", type)
                .setParameter("siret", siret)
                .setParameter("branch", branchCode)
                .getResultStream().findFirst();
    }

    /** A referential query: optional type and SIRET, an order (a JPQL path of {@code o}), a page. */
    public record Search(OrganizationType type, String siret, String orderBy, boolean descending, int offset, int max) {
    }

    public List<Organization> search(Search q) {
        TypedQuery<Organization> query = em.createQuery("select o from Organization o" + where(q) + " order by "
                + q.orderBy() + (q.descending() ? " desc" : " asc") + ", o.id", Organization.class);
        return bind(query, q).setFirstResult(q.offset()).setMaxResults(q.max()).getResultList();
    }

    public long count(Search q) {
        return bind(em.createQuery("select count(o) from Organization o" + where(q), Long.class), q).getSingleResult();
    }

    /** Only the filters asked (a null parameter has no SQL type on PostgreSQL). */
    private static String where(Search q) {
        List<String> conditions = new java.util.ArrayList<>();
        if (q.type() != null) {
            conditions.add("o.type = :type");
        }
        if (q.siret() != null) {
            conditions.add("o.siret = :siret");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Search q) {
        if (q.type() != null) {
            query.setParameter("type", q.type());
        }
        if (q.siret() != null) {
            query.setParameter("siret", q.siret());
        }
        return query;
    }

    public void add(Organization organization) {
        em.persist(organization);
    }
}
