package fr.gouv.hubee.interfaces.web.users;

import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import fr.gouv.hubee.domain.rules.PhoneNumber;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The personal fields shared by « Ajouter un utilisateur » and the edit page, and the check that
 * enables their save button (names required, one valid phone at least). The server checks again.
 */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Civility civility;
    private String firstName;
    private String lastName;
    private String function;
    private String phone;
    private String secondaryPhone;
    private ActorType actorType;
    private List<String> procedureIds = new ArrayList<>();

    public boolean isComplete() {
        return notBlank(firstName) && notBlank(lastName) && actorType != null && isPhonesValid();
    }

    public boolean isPhonesValid() {
        return PhoneNumber.isValidPair(phone, secondaryPhone);
    }

    /** A typed number in a wrong format: shown at once, in French, under the field. */
    public boolean isPhoneMalformed() {
        return notBlank(phone) && !PhoneNumber.isAcceptable(phone);
    }

    public boolean isSecondaryPhoneMalformed() {
        return notBlank(secondaryPhone) && !PhoneNumber.isAcceptable(secondaryPhone);
    }

    boolean sameAs(AccountForm other) {
        return civility == other.civility && same(firstName, other.firstName) && same(lastName, other.lastName)
                && same(function, other.function) && same(phone, other.phone)
                && same(secondaryPhone, other.secondaryPhone) && actorType == other.actorType
                && new java.util.HashSet<>(procedureIds).equals(new java.util.HashSet<>(other.procedureIds));
    }

    AccountForm copy() {
        AccountForm copy = new AccountForm();
        copy.civility = civility;
        copy.firstName = firstName;
        copy.lastName = lastName;
        copy.function = function;
        copy.phone = phone;
        copy.secondaryPhone = secondaryPhone;
        copy.actorType = actorType;
        copy.procedureIds = new ArrayList<>(procedureIds);
        return copy;
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? "" : a.strip(), b == null ? "" : b.strip());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    static String trimmed(String s) {
        return s == null ? null : s.strip();
    }

    public Civility getCivility() {
        return civility;
    }

    public void setCivility(Civility civility) {
        this.civility = civility;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = trimmed(phone);
    }

    public String getSecondaryPhone() {
        return secondaryPhone;
    }

    public void setSecondaryPhone(String secondaryPhone) {
        this.secondaryPhone = trimmed(secondaryPhone);
    }

    public ActorType getActorType() {
        return actorType;
    }

    public void setActorType(ActorType actorType) {
        this.actorType = actorType;
    }

    public List<String> getProcedureIds() {
        return procedureIds;
    }

    public void setProcedureIds(List<String> procedureIds) {
        this.procedureIds = procedureIds == null ? new ArrayList<>() : new ArrayList<>(procedureIds);
    }

    java.util.Set<java.util.UUID> procedureUuids() {
        return procedureIds.stream().map(java.util.UUID::fromString).collect(java.util.stream.Collectors.toSet());
    }
}
