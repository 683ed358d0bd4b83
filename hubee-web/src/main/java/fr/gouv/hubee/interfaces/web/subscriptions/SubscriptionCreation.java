package fr.gouv.hubee.interfaces.web.subscriptions;

import fr.gouv.hubee.application.subscription.SubscriptionIntake;
import fr.gouv.hubee.application.subscription.SubscriptionRequest;
import fr.gouv.hubee.interfaces.web.security.Messages;
import fr.gouv.hubee.interfaces.web.shell.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * « Créer un abonnement » (administration-abonnement.xhtml), for national administrators: what
 * DataPass sends through the API, entered by hand (organisation and local administrator created
 * when unknown, activation mails sent).
 */
@Named
@ViewScoped
public class SubscriptionCreation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubscriptionIntake intake;

    private Long datapassId;
    private String processCode;
    private String siret;
    private String branchCode;
    private String organizationName;
    private String adminFirstName;
    private String adminLastName;
    private String adminEmail;
    private String adminPhone;
    private String delegateEmail;

    public void create() {
        SubscriptionRequest request = new SubscriptionRequest(datapassId, processCode, strip(siret), strip(branchCode),
                organizationName, "PORTAIL", "aucune", null,
                new SubscriptionRequest.Person(adminFirstName, adminLastName, strip(adminEmail), null, adminPhone, null),
                delegateEmail == null || delegateEmail.isBlank() ? null
                        : new SubscriptionRequest.Person(null, null, strip(delegateEmail), null, null, null));
        if (!Actions.attempt(() -> intake.createAsNationalAdministrator(request))) {
            return;
        }
        Messages.info("admin.subscription.created", processCode, strip(siret));
        datapassId = null;
        processCode = null;
        siret = null;
        branchCode = null;
        organizationName = null;
        adminFirstName = null;
        adminLastName = null;
        adminEmail = null;
        adminPhone = null;
        delegateEmail = null;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    public Long getDatapassId() {
        return datapassId;
    }

    public void setDatapassId(Long datapassId) {
        this.datapassId = datapassId;
    }

    public String getProcessCode() {
        return processCode;
    }

    public void setProcessCode(String processCode) {
        this.processCode = processCode;
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

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }

    public String getAdminFirstName() {
        return adminFirstName;
    }

    public void setAdminFirstName(String adminFirstName) {
        this.adminFirstName = adminFirstName;
    }

    public String getAdminLastName() {
        return adminLastName;
    }

    public void setAdminLastName(String adminLastName) {
        this.adminLastName = adminLastName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminPhone() {
        return adminPhone;
    }

    public void setAdminPhone(String adminPhone) {
        this.adminPhone = adminPhone;
    }

    public String getDelegateEmail() {
        return delegateEmail;
    }

    public void setDelegateEmail(String delegateEmail) {
        this.delegateEmail = delegateEmail;
    }
}
