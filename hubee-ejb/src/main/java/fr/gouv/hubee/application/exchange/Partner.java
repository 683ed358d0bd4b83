package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.domain.model.dossier.PartnerInfo;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;

/** The calling software's headers (editorName, applicationName, softwareVersion: 50 characters each). */
public record Partner(String editorName, String applicationName, String softwareVersion) {

    public static final Partner NONE = new Partner(null, null, null);

    public Partner {
        check("editorName", editorName);
        check("applicationName", applicationName);
        check("softwareVersion", softwareVersion);
    }

    PartnerInfo toPartnerInfo() {
        return editorName == null && applicationName == null && softwareVersion == null ? null
                : new PartnerInfo(editorName, applicationName, softwareVersion);
    }

    private static void check(String header, String value) {
        if (value != null && value.length() > 50) {
            throw BusinessRuleException.invalid("Bad Request : Validation failed. Header " + header
                    + " is longer than 50 characters");
        }
    }
}
