package fr.gouv.hubee.domain.model.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** The person concerned by a folder (the contract's applicant). */
@Embeddable
public class Applicant {

    @Column(name = "applicant_first_name", nullable = false)
    private String firstName;

    @Column(name = "applicant_last_name", nullable = false)
    private String lastName;

    @Column(name = "applicant_email", length = 320)
    private String email;

    protected Applicant() {
    }

    public Applicant(String firstName, String lastName, String email) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
    }

    /** "NOM Prénom", as the list shows the person concerned. */
    public String displayName() {
        return lastName.toUpperCase(Locale.ROOT) + " " + firstName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }
}
