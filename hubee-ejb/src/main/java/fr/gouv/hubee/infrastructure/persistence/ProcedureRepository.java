package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.procedure.Procedure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public void add(Procedure procedure) {
        em.persist(procedure);
    }
}
