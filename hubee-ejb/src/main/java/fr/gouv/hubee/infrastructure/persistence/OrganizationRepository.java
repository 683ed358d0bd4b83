package fr.gouv.hubee.infrastructure.persistence;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public void add(Organization organization) {
        em.persist(organization);
    }
}
