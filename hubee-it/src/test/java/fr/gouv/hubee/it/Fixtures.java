package fr.gouv.hubee.it;

import fr.gouv.hubee.application.dossier.DossierLifecycle;
import fr.gouv.hubee.application.security.PasswordHasher;
import fr.gouv.hubee.domain.model.dossier.Actor;
import fr.gouv.hubee.domain.model.dossier.Applicant;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.dossier.Side;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.ProcedureAuthorization;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.DefaultRoles;
import fr.gouv.hubee.domain.rules.Siret;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an integration test starts from, built for it alone: an operator and its démarche, town
 * halls subscribed to it, their accounts, and dossiers in any status — each with fresh
 * identifiers, so that no test depends on the demo data or on another test. Built through the
 * domain and the dossier lifecycle, as the hub itself would have built them.
 */
@ApplicationScoped
@Transactional
public class Fixtures {

    /** The password of every fixture account. */
    public static final String PASSWORD = "Fixture-Pass-2026!";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Inject
    DossierLifecycle lifecycle;

    @Inject
    AttachmentContentStore contents;

    /** A fresh number, for identifiers that must be unique (SIRET, codes, e-mails). */
    public static long next() {
        return SEQUENCE.incrementAndGet();
    }

    /** An operator (code {@code code}) and its démarche, whose SI accepts PDF deposits and messages if asked. */
    public World world(String name, boolean messages) {
        long n = next();
        Organization operator = new Organization(OrganizationType.OSL, siret(), "OSL", "OPÉRATEUR " + name);
        operator.setCode("OP" + n % 10_000_000);
        em.persist(operator);
        Procedure procedure = new Procedure("FX" + n, "Démarche " + name, operator, 5_000_000);
        procedure.configureAttachments("application/pdf,application/xml", "Formulaire", "application/pdf");
        procedure.setMessageToTransmitter(messages);
        em.persist(procedure);
        return new World(operator.getId(), operator.getCode(), procedure.getId(), procedure.getCode());
    }

    /** A fresh SIRET that passes the Luhn check, as the intake requires. */
    public static String siret() {
        String first13 = String.format("2%012d", next() % 1_000_000_000_000L);
        return first13 + Siret.checkDigit(first13);
    }

    /** A town hall subscribed (Actif since today) to the worlds' démarches. */
    public UUID townHall(String name, World... worlds) {
        long n = next();
        Organization townHall = new Organization(OrganizationType.SI, siret(), String.valueOf(n % 100_000), "COMMUNE DE " + name);
        em.persist(townHall);
        for (World world : worlds) {
            subscription(townHall.getId(), world, true);
        }
        return townHall.getId();
    }

    /** The town hall's subscription to the world's démarche: Actif since today, or never activated. */
    public UUID subscription(UUID townHallId, World world, boolean active) {
        Subscription subscription = new Subscription(em.find(Organization.class, townHallId),
                em.find(Procedure.class, world.procedureId()), next(), Instant.now());
        if (active) {
            LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
            subscription.activateFrom(today, today);
        }
        em.persist(subscription);
        return subscription.getId();
    }

    /** A national administrator (actor ADMIN) of the administration's own organisation. */
    public String nationalAdministrator() {
        Organization dinum = new Organization(OrganizationType.ADMIN, siret(), "ADM", "DINUM");
        em.persist(dinum);
        return account(dinum.getId(), ActorType.ADMIN, List.of());
    }

    /** Makes the account the technical delegate of the town hall's subscription to the world's démarche. */
    public void delegate(UUID townHallId, World world, String delegateEmail) {
        User delegate = em.createQuery("select u from User u where u.emailKey = :e", User.class)
                .setParameter("e", delegateEmail.toLowerCase(java.util.Locale.ROOT)).getSingleResult();
        em.createQuery("select s from Subscription s where s.organization.id = :o and s.procedure.id = :p", Subscription.class)
                .setParameter("o", townHallId).setParameter("p", world.procedureId()).getSingleResult().delegateTo(delegate);
    }

    /** An active account of the town hall with the actor type's default roles, habilitated to the démarches given. */
    public String account(UUID organizationId, ActorType type, Collection<UUID> habilitations) {
        return account(organizationId, type, DefaultRoles.of(type), habilitations);
    }

    public String account(UUID organizationId, ActorType type, Set<Role> roles, Collection<UUID> habilitations) {
        return account(organizationId, type, roles, habilitations, "Jeanne", "Fixture");
    }

    /** The same with the person's names (e-mail: prénom.nom.N@mairie.test). */
    public String account(UUID organizationId, ActorType type, Set<Role> roles, Collection<UUID> habilitations,
                          String firstName, String lastName) {
        String email = (firstName + "." + lastName).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z.]", "") + "." + next() + "@mairie.test";
        User user = new User(em.find(Organization.class, organizationId), email, firstName, lastName, type, roles);
        user.changePasswordHash(PasswordHasher.hash(PASSWORD.toCharArray()), Instant.now());
        em.persist(user);
        for (UUID procedureId : habilitations) {
            em.persist(new ProcedureAuthorization(user, em.find(Procedure.class, procedureId)));
        }
        return email;
    }

    /**
     * A dossier of the world's démarche sent to the town hall, with {@code files} stored PDF
     * attachments, then moved to {@code status} along the guide's path (by an agent of the town
     * hall, the operator for Clos), each step an event, no notification left over.
     */
    public UUID dossier(World world, UUID townHallId, String lastName, CaseStatus status, int files) {
        long n = next();
        Instant sent = Instant.now().minusSeconds(3600);
        Dossier dossier = sent(world.procedureId(), townHallId, new Applicant("Zoé", lastName, "zoe." + n + "@courriel.test"),
                files, sent);
        User agent = em.createQuery("select u from User u where u.organization.id = :o order by u.email", User.class)
                .setParameter("o", townHallId).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        Instant when = sent;
        for (CaseStatus step : pathTo(status)) {
            when = when.plusSeconds(60);
            Actor by = step == CaseStatus.CLOSED || agent == null ? Actor.software(Side.OPERATOR, null, null) : Actor.agent(agent);
            lifecycle.replay(dossier, by, step, when);
        }
        return dossier.getId();
    }

    /**
     * A folder of the démarche with one case for the town hall and {@code files} stored PDF
     * attachments, completed by its operator at {@code sent} (the case is Nouveau).
     */
    public Dossier sent(UUID procedureId, UUID townHallId, Applicant applicant, int files, Instant sent) {
        Procedure procedure = em.find(Procedure.class, procedureId);
        String number = "FX-" + next();
        Folder folder = new Folder(procedure, procedure.getOperator(), number, applicant, null);
        folder.recordCreation(sent);
        Dossier dossier = folder.addCase(em.find(Organization.class, townHallId), number + "-01");
        dossier.recordCreation(sent);
        List<Attachment> attachments = new ArrayList<>();
        for (int i = 1; i <= files; i++) {
            attachments.add(folder.addAttachment(number + "-" + i + ".pdf", "Formulaire", "application/pdf", 8));
        }
        em.persist(folder);
        attachments.forEach(dossier::attach);
        em.flush();
        for (Attachment attachment : attachments) {
            try {
                attachment.markReceived(contents.storeOwnDocument(attachment.getId(),
                        new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), 8).digest(), sent);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        lifecycle.replayCompletion(folder, sent);
        return dossier;
    }

    private static List<CaseStatus> pathTo(CaseStatus status) {
        return switch (status) {
            case HUBEE_NOTIFIED -> List.of();
            case SI_RECEIVED -> List.of(CaseStatus.SI_RECEIVED);
            case IN_PROGRESS -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.IN_PROGRESS);
            case ADD_AWAITING -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.ADD_AWAITING);
            case REFUSED -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.REFUSED);
            case DONE -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.DONE);
            case CLOSED -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.DONE, CaseStatus.CLOSED);
            default -> throw new IllegalArgumentException("no portal path to " + status);
        };
    }

    /** An operator, its démarche, and the identifiers tests need of them. */
    public record World(UUID operatorId, String operatorCode, UUID procedureId, String procedureCode) {
    }
}
