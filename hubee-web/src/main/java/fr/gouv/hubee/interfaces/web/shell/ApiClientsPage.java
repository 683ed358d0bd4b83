package fr.gouv.hubee.interfaces.web.shell;

import fr.gouv.hubee.application.api.ApiClientService.ApiClientSummary;
import fr.gouv.hubee.application.api.ApiClientService;
import fr.gouv.hubee.application.subscription.ApiCredentials;
import fr.gouv.hubee.domain.model.api.ApiScope;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** « Clients API » (national administration): operators', DataPass's and the administration's credentials. */
@Named
@ViewScoped
public class ApiClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApiClientService clients;

    private ApiScope scope = ApiScope.OSL;
    private String siret;
    private String branchCode;
    private String label;
    /** The secret just generated: shown once, gone with the view. */
    private ApiCredentials revealed;
    private List<ApiClientSummary> rows;

    public List<ApiClientSummary> getRows() {
        if (rows == null) {
            rows = clients.list();
        }
        return rows;
    }

    public List<ApiScope> getScopes() {
        return List.of(ApiScope.OSL, ApiScope.DATAPASS, ApiScope.ADMIN);
    }

    public void create() {
        Actions.result(() -> clients.create(scope, siret, branchCode, label)).ifPresent(created -> {
            revealed = created;
            rows = null;
            siret = null;
            branchCode = null;
            label = null;
        });
    }

    public void regenerate(UUID id) {
        revealed = clients.regenerate(id);
    }

    public ApiCredentials getRevealed() {
        return revealed;
    }

    public ApiScope getScope() {
        return scope;
    }

    public void setScope(ApiScope scope) {
        this.scope = scope;
    }

    public String getSiret() {
        return siret;
    }

    public void setSiret(String siret) {
        this.siret = siret;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
