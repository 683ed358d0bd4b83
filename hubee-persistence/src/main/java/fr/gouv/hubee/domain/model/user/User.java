package fr.gouv.hubee.domain.model.user;

import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.shared.BaseEntity;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.domain.rules.LoginThrottle;
import fr.gouv.hubee.domain.model.shared.SearchKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person with a portal account. The login is the email, unique whatever its case. Users are
 * never deleted, only deactivated (FAQ).
 */
@Entity
@Table(name = "app_user")
public class User extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(name = "email", nullable = false, length = 320)
    private String email;

    /** Lower-case email: the unique login key. */
    @Column(name = "email_key", nullable = false, length = 320)
    private String emailKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "civility", length = 10)
    private Civility civility;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "last_name_key", nullable = false, length = 100)
    private String lastNameKey;

    @Column(name = "function_title")
    private String function;

    /** +33 and nine digits (guide §5.1.2), checked by {@code domain.rules.PhoneNumber}. */
    @Column(name = "phone", length = 20)
    private String phone;

    @Column(name = "secondary_phone", length = 20)
    private String secondaryPhone;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type", nullable = false, length = 20)
    private ActorType actorType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** Created by the DataPass subscription flow rather than in the portal. */
    @Column(name = "datapass", nullable = false)
    private boolean datapass;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Expiry reminders already sent for the current password: 0, 1 (15 days) or 2 (3 days). */
    @Column(name = "password_reminders_sent", nullable = false)
    private int passwordRemindersSent;

    @Column(name = "inactivity_warned_at")
    private Instant inactivityWarnedAt;

    /** Moves on whenever what a session was opened with changes: sessions opened before end. */
    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    protected User() {
    }

    public User(Organization organization, String email, String firstName, String lastName,
                ActorType actorType, Collection<Role> roles) {
        this.organization = organization;
        changeEmail(email);
        rename(firstName, lastName);
        this.actorType = actorType;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static String emailKey(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public boolean has(Role role) {
        return roles.stream().anyMatch(r -> r.grants(role));
    }

    /** "Prénom NOM", as the portal writes authors. */
    public String displayName() {
        return firstName + " " + lastName.toUpperCase(Locale.ROOT);
    }

    public void changeEmail(String newEmail) {
        this.email = newEmail.strip();
        this.emailKey = emailKey(newEmail);
    }

    /** Both names are required: they sign every event the person writes. */
    public void rename(String newFirstName, String newLastName) {
        if (newFirstName == null || newFirstName.isBlank() || newLastName == null || newLastName.isBlank()) {
            throw new BusinessRuleException("user.name.required");
        }
        this.firstName = newFirstName.strip();
        this.lastName = newLastName.strip();
        this.lastNameKey = SearchKey.of(newLastName);
    }

    /** The numbers as typed (any usual French writing); stored as {@code +33…}; a number that is not French is refused. */
    public void changePhones(String main, String secondary) {
        this.phone = storedForm(main);
        this.secondaryPhone = storedForm(secondary);
    }

    private static String storedForm(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return fr.gouv.hubee.domain.rules.PhoneNumber.normalize(typed)
                .orElseThrow(() -> new fr.gouv.hubee.domain.model.shared.BusinessRuleException("user.phone.invalid"));
    }

    /** New roles; losing one ends the person's open sessions. */
    public void changeRoles(Collection<Role> newRoles) {
        if (!newRoles.containsAll(roles)) {
            credentialsChanged();
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    public void changeActorType(ActorType newType) {
        if (newType != actorType) {
            credentialsChanged();
        }
        this.actorType = newType;
    }

    public void deactivate() {
        active = false;
        credentialsChanged();
    }

    /** Reactivation also lifts a lockout (issue #3: an admin unlocks by reactivating). */
    public void activate() {
        active = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** A password change or reset ends every session opened with the old one. */
    public void changePasswordHash(String newHash, Instant when) {
        credentialsChanged();
        this.passwordHash = newHash;
        this.passwordChangedAt = when;
        this.passwordRemindersSent = 0;
    }

    public void recordPasswordReminder(int level) {
        this.passwordRemindersSent = level;
    }

    public int getPasswordRemindersSent() {
        return passwordRemindersSent;
    }

    public void recordInactivityWarning(Instant when) {
        this.inactivityWarnedAt = when;
    }

    public Instant getInactivityWarnedAt() {
        return inactivityWarnedAt;
    }

    public void recordLogin(Instant when) {
        lastLoginAt = when;
        inactivityWarnedAt = null;
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** Whether a password or a code may be tried now ({@link LoginThrottle}: the wait after failures is over). */
    public boolean mayTryLogin(Instant now) {
        return LoginThrottle.allows(lockedUntil, now);
    }

    /** A wrong password or code: one more failure, and the wait it imposes; returns the failures in a row. */
    public int recordFailedLogin(Instant now) {
        failedAttempts++;
        lockedUntil = LoginThrottle.delayAfter(failedAttempts).map(now::plus).orElse(null);
        return failedAttempts;
    }

    public Organization getOrganization() {
        return organization;
    }

    public String getEmail() {
        return email;
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

    public String getLastName() {
        return lastName;
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

    public String getSecondaryPhone() {
        return secondaryPhone;
    }

    public ActorType getActorType() {
        return actorType;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    /** Created, the activation link sent, never used: no password chosen yet. */
    public boolean isAwaitingActivation() {
        return passwordHash == null;
    }

    public boolean isDatapass() {
        return datapass;
    }

    public void setDatapass(boolean datapass) {
        this.datapass = datapass;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** What the sessions opened so far were opened with changed (password, activation, rights). */
    public void credentialsChanged() {
        credentialsVersion++;
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
