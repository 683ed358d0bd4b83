package fr.gouv.hubee.it;

import fr.gouv.hubee.application.user.NewUser;
import fr.gouv.hubee.application.user.UserService;
import fr.gouv.hubee.domain.model.token.TokenPurpose;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * Test-only endpoints (deployed by the browser tests in an extra WAR of the test EAR, never in
 * the real one): the set-up steps that have no screen yet, and reads of the audit and outbox.
 */
@Path("/")
@RequestScoped
public class SupportResource {

    @ApplicationPath("/")
    public static class Rest extends Application {
    }

    @Inject
    UserService users;

    @Inject
    TestSupport db;

    @Inject
    fr.gouv.hubee.application.subscription.RecipientRouting routing;

    @Inject
    fr.gouv.hubee.application.dossier.DossierService dossierService;

    @Inject
    fr.gouv.hubee.application.api.ApiClientService apiClients;

    /** The national page's « Créer le client » / « Régénérer » as the given user: "clientId secret". */
    @POST
    @Path("apiclients")
    public String apiClient(@FormParam("as") String email, @FormParam("scope") String scope,
                            @FormParam("siret") String siret, @FormParam("branch") String branch,
                            @FormParam("regenerate") String regenerateClientId) throws Exception {
        var credentials = Identities.as(email, () -> regenerateClientId == null
                ? apiClients.create(fr.gouv.hubee.domain.model.api.ApiScope.valueOf(scope), siret, branch, "Test")
                : apiClients.regenerate(apiClients.list().stream().filter(c -> c.clientId().equals(regenerateClientId))
                        .findFirst().orElseThrow().id()));
        return credentials.clientId() + " " + credentials.secret();
    }

    @POST
    @Path("subscription/api")
    public String apiSubscriber(@FormParam("siret") String siret, @FormParam("branch") String branch,
                                @FormParam("procedure") String procedure, @FormParam("clientId") String clientId,
                                @FormParam("secret") String secret, @FormParam("active") boolean active) {
        db.apiSubscriber(siret, branch, procedure, clientId, secret, active);
        return "ok";
    }

    @GET
    @Path("folders/count")
    public String folders(@QueryParam("externalId") String externalId) {
        return Long.toString(db.foldersWithExternalId(externalId));
    }

    /** What the portal shows an agent of a dossier (a Nouveau one is acknowledged on opening, with its event). */
    @POST
    @Path("portal/open")
    public String portalOpen(@FormParam("as") String email, @FormParam("id") String id) throws Exception {
        java.util.UUID dossierId = java.util.UUID.fromString(id);
        Identities.as(email, () -> dossierService.acknowledge(dossierId));
        return Identities.as(email, () -> dossierService.get(dossierId).summary().portalStatus().name());
    }

    /** The portal's list, as an agent: whether the dossier number is in it (all tabs). */
    @GET
    @Path("portal/lists")
    public String portalLists(@QueryParam("as") String email, @QueryParam("search") String search) throws Exception {
        return Identities.as(email, () -> Long.toString(dossierService.list(
                new fr.gouv.hubee.application.dossier.DossierFilter(null, java.util.Set.of(), null, null, search),
                fr.gouv.hubee.infrastructure.persistence.DossierSort.TRANSMITTED_DESC, 0, 10).total()));
    }

    /**
     * Creates an agent through UserService as the given administrator (sends the activation mail);
     * {@code consultation=true} leaves him the consultation role only.
     */
    @POST
    @Path("users")
    public String createAgent(@FormParam("as") String admin, @FormParam("email") String email,
                              @FormParam("firstName") String firstName, @FormParam("lastName") String lastName,
                              @FormParam("procedure") String procedureCode,
                              @FormParam("consultation") boolean consultation) throws Exception {
        Set<java.util.UUID> procedures = procedureCode == null ? Set.of() : Set.of(db.procedureId(procedureCode));
        java.util.UUID id = Identities.as(admin, () -> users.create(new NewUser(ActorType.AGENT, procedures, email,
                Civility.MME, firstName, lastName, null, "+33146421234", null)));
        if (consultation) {
            Identities.as(admin, () -> users.update(id, new fr.gouv.hubee.application.user.UserUpdate(Civility.MME,
                    firstName, lastName, null, "+33146421234", null, ActorType.AGENT,
                    Set.of(fr.gouv.hubee.domain.model.user.Role.DOSSIER_VIEW), procedures)));
        }
        return id.toString();
    }

    @POST
    @Path("tokens/age")
    public String ageTokens(@FormParam("email") String email, @FormParam("purpose") String purpose,
                            @FormParam("hours") long hours) {
        return String.valueOf(db.ageTokens(email, TokenPurpose.valueOf(purpose), hours));
    }

    @POST
    @Path("users/expire-password")
    public String expirePassword(@FormParam("email") String email) {
        db.expirePassword(email);
        return "ok";
    }

    @POST
    @Path("users/deactivate")
    public String deactivate(@FormParam("email") String email) {
        db.deactivate(email);
        return "ok";
    }

    @GET
    @Path("dossier")
    public String dossier(@QueryParam("siret") String siret, @QueryParam("procedure") String procedure,
                          @QueryParam("status") String status, @QueryParam("purged") boolean purged) {
        var caseStatus = fr.gouv.hubee.domain.model.dossier.CaseStatus.valueOf(status);
        return (purged ? db.purgedDossierId(siret, procedure, caseStatus) : db.dossierId(siret, procedure, caseStatus)).toString();
    }

    /** What a dossier holds that an action would write: its status and how many events it has. */
    @GET
    @Path("dossier/trace")
    public String trace(@QueryParam("id") String id) {
        java.util.UUID uuid = java.util.UUID.fromString(id);
        return db.dossier(uuid).getStatus() + " " + db.events(uuid).size();
    }

    /** The routing rule of the folder intake: may a dossier reach this SIRET for this démarche on that day? */
    @GET
    @Path("routing")
    public String routing(@QueryParam("siret") String siret, @QueryParam("procedure") String procedure,
                          @QueryParam("day") String day) {
        return Boolean.toString(routing.accepts(db.organizationId(siret), db.procedureId(procedure),
                java.time.LocalDate.parse(day)));
    }

    @GET
    @Path("subscription")
    public String subscription(@QueryParam("siret") String siret, @QueryParam("procedure") String procedure) {
        return db.subscriptionId(siret, procedure).toString();
    }

    @GET
    @Path("user")
    public String user(@QueryParam("email") String email) {
        return db.userId(email).toString();
    }

    @Inject
    fr.gouv.hubee.application.jobs.JobScheduler jobs;

    @Inject
    fr.gouv.hubee.infrastructure.mail.MailSender mailSender;

    @Inject
    fr.gouv.hubee.infrastructure.mail.MailOutbox outbox;

    /** Runs a job as of the given instant (the timer is off in the tests). */
    @POST
    @Path("jobs/run")
    public String runJob(@FormParam("job") String job, @FormParam("at") String at) {
        var result = jobs.run(fr.gouv.hubee.application.jobs.Job.valueOf(job), java.time.Instant.parse(at));
        return result.items() + "," + result.failures();
    }

    @POST
    @Path("dossier/new")
    public String newDossier(@FormParam("siret") String siret, @FormParam("procedure") String procedure,
                             @FormParam("at") String at, @FormParam("attachment") boolean attachment) throws Exception {
        return db.newDossier(siret, procedure, java.time.Instant.parse(at), attachment);
    }

    @POST
    @Path("dossier/status")
    public String dossierStatus(@FormParam("id") String id, @FormParam("status") String status, @FormParam("at") String at) {
        db.setStatus(java.util.UUID.fromString(id), fr.gouv.hubee.domain.model.dossier.CaseStatus.valueOf(status),
                java.time.Instant.parse(at));
        return "ok";
    }

    @POST
    @Path("dossier/operator-change")
    public String operatorChange(@FormParam("id") String id, @FormParam("at") String at) {
        db.changedByOperator(java.util.UUID.fromString(id), java.time.Instant.parse(at));
        return "ok";
    }

    @GET
    @Path("dossier/attachments")
    public String attachments(@QueryParam("id") String id) throws Exception {
        return db.attachments(java.util.UUID.fromString(id));
    }

    @POST
    @Path("subscription/notifications")
    public String notifications(@FormParam("siret") String siret, @FormParam("procedure") String procedure,
                                @FormParam("frequency") String frequency, @FormParam("email") String email) {
        db.setNotifications(siret, procedure,
                fr.gouv.hubee.domain.model.subscription.NotificationFrequency.valueOf(frequency), email);
        return "ok";
    }

    @POST
    @Path("users/password-changed")
    public String passwordChanged(@FormParam("email") String email, @FormParam("at") String at) {
        db.setPasswordChangedAt(email, java.time.Instant.parse(at));
        return "ok";
    }

    @POST
    @Path("users/last-login")
    public String lastLogin(@FormParam("email") String email, @FormParam("at") String at) {
        db.setLastLogin(email, java.time.Instant.parse(at));
        return "ok";
    }

    @POST
    @Path("subscription/schedule")
    public String schedule(@FormParam("siret") String siret, @FormParam("procedure") String procedure,
                           @FormParam("date") String date, @FormParam("today") String today) {
        db.scheduleActivation(siret, procedure, java.time.LocalDate.parse(date), java.time.LocalDate.parse(today));
        return "ok";
    }

    @GET
    @Path("subscription/status")
    public String subscriptionStatus(@QueryParam("siret") String siret, @QueryParam("procedure") String procedure) {
        return db.subscriptionStatus(siret, procedure);
    }

    @GET
    @Path("users/active")
    public String active(@QueryParam("email") String email) {
        return Boolean.toString(db.isActive(email));
    }

    @GET
    @Path("users/tokens")
    public String tokens(@QueryParam("email") String email) {
        return Integer.toString(db.tokenCount(email));
    }

    @POST
    @Path("mail/enqueue")
    @jakarta.transaction.Transactional
    public String enqueue(@FormParam("to") String to, @FormParam("count") int count) {
        for (int i = 1; i <= count; i++) {
            outbox.enqueue(to, new fr.gouv.hubee.infrastructure.mail.MailContent("Essai " + i, "texte " + i, "<p>html " + i + "</p>"));
        }
        return "ok";
    }

    @GET
    @Path("mail/pending")
    public String pending(@QueryParam("to") String to) {
        return Long.toString(db.pendingMails(to));
    }

    /** Every unsent mail now, whatever its backoff: the time a real relay outage would take. */
    @POST
    @Path("mail/deliver-all")
    public String deliverAll() {
        int sent = 0;
        for (java.util.UUID id : db.unsentMails()) {
            sent += mailSender.send(id) ? 1 : 0;
        }
        return Integer.toString(sent);
    }

    @GET
    @Path("audit")
    public String audit(@QueryParam("email") String email) {
        return String.join(",", db.auditTypes(email));
    }
}
