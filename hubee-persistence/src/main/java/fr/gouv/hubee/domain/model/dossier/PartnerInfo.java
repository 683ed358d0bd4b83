package fr.gouv.hubee.domain.model.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The software that made a call (headers editorName, applicationName, softwareVersion). */
@Embeddable
public class PartnerInfo {

    @Column(name = "editor_name", length = 50)
    private String editorName;

    @Column(name = "application_name", length = 50)
    private String applicationName;

    @Column(name = "software_version", length = 50)
    private String softwareVersion;

    protected PartnerInfo() {
    }

    public PartnerInfo(String editorName, String applicationName, String softwareVersion) {
        this.editorName = editorName;
        this.applicationName = applicationName;
        this.softwareVersion = softwareVersion;
    }

    public String getEditorName() {
        return editorName;
    }

    public String getApplicationName() {
        return applicationName;
    }

    public String getSoftwareVersion() {
        return softwareVersion;
    }
}
