package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.procedure.Procedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProcedureRepository {

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    public Optional<Procedure> find(UUID id) {
        return Optional.ofNullable(em.find(Procedure.class, id));
    }

    public Optional<Procedure> findByCode(String code) {
        return em.createQuery("select p from Procedure p where p.code = :code", Procedure.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    /**
     * The catalogue's names, as a projection: every portal page asks for them, and building the
     * same few cached entities in 20 concurrent requests made them wait on EclipseLink's cache
     * locks (a fifth of WildFly's samples under bench/list-page).
     */
    public List<ProcedureName> names() {
        return em.createQuery("select new " + ProcedureName.class.getName() + "(p.id, p.code, p.label)"
                + " from Procedure p order by p.label", ProcedureName.class).getResultList();
    }

    /** A referential query: optionally one operator's (its SIRET), an order (a JPQL path of p or o), a page. */
    public record Search(String operatorSiret, String orderBy, boolean descending, int offset, int max) {
    }

    public List<Procedure> search(Search q) {
        TypedQuery<Procedure> query = em.createQuery("select p from Procedure p join p.operator o" + where(q)
                + " order by " + q.orderBy() + (q.descending() ? " desc" : " asc") + ", p.code", Procedure.class);
        return bind(query, q).setFirstResult(q.offset()).setMaxResults(q.max()).getResultList();
    }

    public long count(Search q) {
        return bind(em.createQuery("select count(p) from Procedure p join p.operator o" + where(q), Long.class), q)
                .getSingleResult();
    }

    private static String where(Search q) {
        return q.operatorSiret() == null ? "" : " where o.siret = :siret";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Search q) {
        return q.operatorSiret() == null ? query : query.setParameter("siret", q.operatorSiret());
    }

    public void add(Procedure procedure) {
        em.persist(procedure);
    }

    /** The shortest retention delays of any démarche (API, portal), null when none sets one. */
    public Integer[] shortestRetentionDays() {
        Object[] row = em.createQuery("select min(p.timeBeforeFileDeletion), min(p.portalRetentionDays) from Procedure p",
                Object[].class).getSingleResult();
        return new Integer[] {(Integer) row[0], (Integer) row[1]};
    }
}
