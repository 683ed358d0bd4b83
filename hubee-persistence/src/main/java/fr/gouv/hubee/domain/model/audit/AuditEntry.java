package fr.gouv.hubee.domain.model.audit;

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

/**
 * One security event: login success or failure, lockout, password change, code sent or used.
 * The user is known when the login matched an account; the attempted login itself is not kept
 * (people type passwords into the login field).
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @ManyToOne
    @JoinColumn(name = "user_id", updatable = false)
    private User user;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 30, updatable = false)
    private AuditType type;

    @Column(name = "ip", length = 45, updatable = false)
    private String ip;

    @Column(name = "detail", updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, User user, AuditType type, String ip, String detail) {
        this.at = at;
        this.user = user;
        this.type = type;
        this.ip = ip;
        this.detail = detail;
    }

    public UUID getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public User getUser() {
        return user;
    }

    public AuditType getType() {
        return type;
    }

    public String getIp() {
        return ip;
    }

    public String getDetail() {
        return detail;
    }
}
