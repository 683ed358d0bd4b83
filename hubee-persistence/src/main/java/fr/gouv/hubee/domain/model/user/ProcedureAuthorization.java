package fr.gouv.hubee.domain.model.user;

import fr.gouv.hubee.domain.model.procedure.Procedure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An habilitation: a user may see (and, with the manage role, instruct) a démarche's dossiers. */
@Entity
@Table(name = "procedure_authorization")
public class ProcedureAuthorization {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private User user;

    @ManyToOne(optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProcedureAuthorization() {
    }

    public ProcedureAuthorization(User user, Procedure procedure) {
        this.user = user;
        this.procedure = procedure;
    }

    @PrePersist
    void beforeInsert() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    public UUID getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
