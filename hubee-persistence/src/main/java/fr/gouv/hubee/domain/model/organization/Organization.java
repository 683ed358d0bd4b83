package fr.gouv.hubee.domain.model.organization;

import fr.gouv.hubee.domain.model.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A service instructeur (commune, département…), an operator (opérateur: DGS, DILA…) or the
 * national administration, identified as in the API by type, SIRET and branch code.
 * The SIRET is checked by {@code domain.rules.Siret} before an organisation is created.
 */
@Entity
@Table(name = "organization")
public class Organization extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 10)
    private OrganizationType type;

    @Column(name = "siret", nullable = false, length = 14)
    private String siret;

    @Column(name = "branch_code", nullable = false, length = 10)
    private String branchCode;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "code", length = 10)
    private String code;

    @Column(name = "email", length = 320)
    private String email;

    @Column(name = "country", length = 100)
    private String country;

    @Column(name = "postal_code", nullable = false, length = 100)
    private String postalCode = "";

    /** The département's name (referential: territory), e.g. « HAUTS-DE-SEINE ». */
    @Column(name = "territory", nullable = false)
    private String territory = "";

    @Column(name = "phone_number", length = 21)
    private String phoneNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrganizationStatus status = OrganizationStatus.Actif;

    protected Organization() {
    }

    public Organization(OrganizationType type, String siret, String branchCode, String name) {
        this.type = type;
        this.siret = siret;
        this.branchCode = branchCode;
        this.name = name;
    }

    /** The contract's text form, e.g. {@code SI-22770001000019-77372}. */
    public String identifier() {
        return type + "-" + siret + "-" + branchCode;
    }

    /** How the organisation signs an event its software wrote without an author: its code, else its name. */
    public String signature() {
        return code != null ? code : name;
    }

    public OrganizationType getType() {
        return type;
    }

    public String getSiret() {
        return siret;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Where the organisation is: postal code and territory are required by the referential. */
    public void locate(String country, String postalCode, String territory) {
        if (postalCode == null || postalCode.isBlank() || territory == null || territory.isBlank()) {
            throw new IllegalArgumentException("postal code and territory are required");
        }
        this.country = country;
        this.postalCode = postalCode.strip();
        this.territory = territory.strip();
    }

    public void contact(String email, String phoneNumber) {
        this.email = email;
        this.phoneNumber = phoneNumber;
    }

    public void changeStatus(OrganizationStatus status) {
        this.status = java.util.Objects.requireNonNull(status);
    }

    public String getCountry() {
        return country;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getTerritory() {
        return territory;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public OrganizationStatus getStatus() {
        return status;
    }
}
