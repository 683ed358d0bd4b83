package fr.gouv.hubee.domain.model.token;

import fr.gouv.hubee.domain.model.user.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * An activation link, a password-reset link or a login code: single use, time-limited, and only
 * a hash of its secret is stored (the secret goes out by mail and nowhere else).
 */
@Entity
@Table(name = "one_time_token")
public class OneTimeToken {

    /** Login codes allow this many wrong entries before they are spent. */
    public static final int MAX_ATTEMPTS = 5;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OneTimeToken() {
    }

    public OneTimeToken(User user, TokenPurpose purpose, String tokenHash, Instant now) {
        this.user = user;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** For short secrets (login codes): the hash is salted with this token's own id. */
    public OneTimeToken(User user, TokenPurpose purpose, Function<UUID, String> hashSaltedWithId, Instant now) {
        this(user, purpose, (String) null, now);
        this.tokenHash = hashSaltedWithId.apply(id);
    }

    /** Usable: not used, not expired, not out of attempts. */
    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && attempts < MAX_ATTEMPTS;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void consume(Instant now) {
        if (!isUsableAt(now)) {
            throw new IllegalStateException("token not usable");
        }
        usedAt = now;
    }

    public void recordFailedAttempt() {
        attempts++;
    }

    public UUID getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
