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

    public List<Procedure> listAll() {
        return em.createQuery("select p from Procedure p order by p.label", Procedure.class).getResultList();
    }

    public void add(Procedure procedure) {
        em.persist(procedure);
    }
}
