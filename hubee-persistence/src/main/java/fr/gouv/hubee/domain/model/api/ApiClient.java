package fr.gouv.hubee.domain.model.api;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The credentials of an operator (OSL), of DataPass or of the national administration. A
 * subscriber's (SI) pair is on its subscription.
 */
@Entity
@Table(name = "api_client")
public class ApiClient extends BaseEntity {

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 10)
    private ApiScope scope;

    /** The operator organisation for OSL; null for DataPass and the administration. */
    @ManyToOne
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(name = "label", nullable = false, length = 200)
    private String label;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String secretHash, ApiScope scope, Organization organization, String label) {
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.scope = scope;
        this.organization = organization;
        this.label = label;
    }

    public void changeSecretHash(String newHash) {
        this.secretHash = newHash;
    }

    public String getClientId() {
        return clientId;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public ApiScope getScope() {
        return scope;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getLabel() {
        return label;
    }
}
