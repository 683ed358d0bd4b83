package fr.gouv.hubee.interfaces.web.users;

import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.dossier.ProcedureOption;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import fr.gouv.hubee.domain.model.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The lists the account pages choose from: actor types an organisation gives, roles, démarches. */
@Named
@RequestScoped
public class AccountChoices {

    @Inject
    DossierService dossiers;

    private List<ProcedureOption> procedures;

    public ActorType[] getActorTypes() {
        return new ActorType[] {ActorType.LOCAL_ADMIN, ActorType.TECHNICAL_DELEGATE, ActorType.AGENT};
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Civility[] getCivilities() {
        return Civility.values();
    }

    public List<ProcedureOption> getProcedures() {
        if (procedures == null) {
            procedures = dossiers.procedureCatalogue();
        }
        return procedures;
    }
}
