package fr.gouv.hubee.infrastructure.startup;

import fr.gouv.hubee.application.security.PasswordHasher;
import fr.gouv.hubee.application.security.Secrets;
import fr.gouv.hubee.domain.model.api.ApiClient;
import fr.gouv.hubee.domain.model.api.ApiScope;
import fr.gouv.hubee.domain.model.dossier.Applicant;
import fr.gouv.hubee.domain.model.dossier.Attachment;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.dossier.Dossier;
import fr.gouv.hubee.domain.model.dossier.Folder;
import fr.gouv.hubee.domain.model.dossier.FolderStatus;
import fr.gouv.hubee.domain.model.event.Event;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.subscription.AccessMode;
import fr.gouv.hubee.domain.model.subscription.NotificationFrequency;
import fr.gouv.hubee.domain.model.subscription.Subscription;
import fr.gouv.hubee.domain.model.user.ActorType;
import fr.gouv.hubee.domain.model.user.Civility;
import fr.gouv.hubee.domain.model.user.ProcedureAuthorization;
import fr.gouv.hubee.domain.model.user.Role;
import fr.gouv.hubee.domain.model.user.User;
import fr.gouv.hubee.domain.rules.DefaultRoles;
import fr.gouv.hubee.domain.rules.Retention;
import fr.gouv.hubee.infrastructure.persistence.AttachmentContentStore;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data, loaded only when the server runs with {@code -Dhubee.demo=true} (the README's run
 * command), never in production: the démarche catalogue of the guides with their operators, two
 * communes, subscriptions in both access modes, the demo accounts and ~220 dossiers in every
 * status with small real attachments. Loading is skipped when the data is already there.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String PASSWORD = "HubEE-demo-2026!";
    /** The secret of every demo API client (never in a real deployment: demo data only). */
    public static final String API_SECRET = "HubEE-demo-api-2026";
    static final String CLAMART_SIRET = "21920023500014";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final String[][] PEOPLE = {
        {"Hélène", "Lefèvre"}, {"François", "Dupré"}, {"Zoé", "Bécaud"}, {"Jérôme", "Mézières"},
        {"Anaïs", "Gaëtan"}, {"Noël", "Crépin"}, {"Léa", "Martin"}, {"Hugo", "Bernard"}, {"Chloé", "Thomas"},
        {"Louis", "Petit"}, {"Emma", "Robert"}, {"Gabriel", "Richard"}, {"Inès", "Durand"}, {"Raphaël", "Dubois"},
        {"Manon", "Moreau"}, {"Jules", "Laurent"}, {"Camille", "Simon"}, {"Adam", "Michel"}, {"Sarah", "Garcia"},
        {"Arthur", "David"}, {"Lina", "Bertrand"}, {"Maël", "Roux"}, {"Céline", "Vincent"}, {"Étienne", "Fournier"},
        {"Angela Claire Louise", "Dubois"}, {"Renée", "L'Hôte"}, {"Björn", "Østergaard"}, {"Aurélie", "Saint-Éloi"}};

    @PersistenceContext(unitName = "hubee")
    EntityManager em;

    @Inject
    OrganizationRepository organizations;

    @Inject
    AttachmentContentStore contents;

    @Inject
    Clock clock;

    private final Random random = new Random(20261122L);
    private final Map<String, Procedure> procedures = new LinkedHashMap<>();

    public static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("hubee.demo", System.getenv().getOrDefault("HUBEE_DEMO", "false")));
    }

    @PostConstruct
    void load() {
        if (!enabled()) {
            return;
        }
        if (organizations.findByIdentifier(OrganizationType.SI, CLAMART_SIRET, "92023").isEmpty()) {
            create();
        }
        printBanner();
    }

    private void create() {
        Instant now = clock.instant();
        Organization dinum = org(OrganizationType.ADMIN, "13002526500013", "75107",
                "DIRECTION INTERMINISTERIELLE DU NUMERIQUE", "DINUM");
        Organization dgs = org(OrganizationType.OSL, "11000101300017", "75107", "DIRECTION GENERALE DE LA SANTE", "DGS");
        Organization dila = org(OrganizationType.OSL, "13000918600011", "75107",
                "DIRECTION DE L'INFORMATION LEGALE ET ADMINISTRATIVE", "DILA");
        Organization apiParticulier = org(OrganizationType.OSL, "13002526500021", "75107", "API PARTICULIER (DINUM)", "APIPART");
        Organization clamart = org(OrganizationType.SI, CLAMART_SIRET, "92023", "COMMUNE DE CLAMART", null);
        Organization toulon = org(OrganizationType.SI, "21830137200015", "83137", "COMMUNE DE TOULON", null);
        Organization editor = org(OrganizationType.SI, "48234567800015", "69123", "LOGICIELS MAIRIES SAS (éditeur)", null);

        procedure("CERTDC", "Certificat de décès électronique", dgs, false, "", 10);
        procedure("EtatCivil", "Demande d'acte d'état civil (AEC)", dila, true, "application/pdf", 5);
        procedure("depotDossierPACS", "Dépôt de dossier PACS (DDPACS)", dila, true, "application/pdf,image/jpeg,image/png", 10);
        procedure("recensementCitoyen", "Recensement citoyen obligatoire (RCO)", dila, true, "application/pdf", 5);
        procedure("JeChangeDeCoordonnees", "Déclaration de changement de coordonnées (JCC)", dila, false, "", 5);
        procedure("HebergementTourisme", "Déclaration d'hébergement touristique (DHTOUR)", dila, true, "application/pdf", 5);
        procedure("FormulaireQF", "Formulaire QF - quotient familial", apiParticulier, false, "", 5);

        String hash = PasswordHasher.hash(PASSWORD.toCharArray());
        User clamartAdmin = user(clamart, "sophie.bernard@mairie-clamart.example", Civility.MME, "Sophie", "Bernard",
                "Responsable du service population", ActorType.LOCAL_ADMIN, hash, now);
        clamartAdmin.setDatapass(true);
        // The guide (003, action 2) has the local administrator add « Gestion des télédossiers » to herself.
        Set<Role> adminRoles = EnumSet.copyOf(DefaultRoles.of(ActorType.LOCAL_ADMIN));
        adminRoles.add(Role.DOSSIER_MANAGE);
        clamartAdmin.changeRoles(adminRoles);
        User lucas = user(clamart, "lucas.petit@mairie-clamart.example", Civility.M, "Lucas", "Petit",
                "Officier d'état civil", ActorType.AGENT, hash, now);
        habilitate(lucas, "CERTDC", "EtatCivil");
        User chloe = user(clamart, "chloe.moreau@mairie-clamart.example", Civility.MME, "Chloé", "Moreau",
                "Agent d'accueil", ActorType.AGENT, hash, now);
        habilitate(chloe, "recensementCitoyen", "depotDossierPACS", "FormulaireQF");
        User delegate = user(editor, "marc.dupuis@logiciels-mairies.example", Civility.M, "Marc", "Dupuis",
                "Chef de projet intégration", ActorType.TECHNICAL_DELEGATE, hash, now);
        User toulonAdmin = user(toulon, "paul.garnier@mairie-toulon.example", Civility.M, "Paul", "Garnier",
                "Directeur des services à la population", ActorType.LOCAL_ADMIN, hash, now);
        User nadia = user(toulon, "nadia.roux@mairie-toulon.example", Civility.MME, "Nadia", "Roux",
                "Officier d'état civil", ActorType.AGENT, hash, now);
        habilitate(nadia, "CERTDC", "EtatCivil");
        user(dinum, "ines.lambert@numerique.example", Civility.MME, "Inès", "Lambert",
                "Administratrice nationale HubEE", ActorType.ADMIN, hash, now);

        apiClient("datapass-demo", ApiScope.DATAPASS, null, "DataPass (démonstration)");
        apiClient("admin-demo", ApiScope.ADMIN, dinum, "Administration nationale (démonstration)");
        apiClient("osl-dgs-demo", ApiScope.OSL, dgs, "DGS - CertDc (démonstration)");
        apiClient("osl-dila-demo", ApiScope.OSL, dila, "DILA - service-public.fr (démonstration)");
        apiClient("osl-apipart-demo", ApiScope.OSL, apiParticulier, "API Particulier (démonstration)");

        LocalDate opened = LocalDate.now(clock).minusMonths(6);
        for (String code : List.of("CERTDC", "EtatCivil", "depotDossierPACS", "recensementCitoyen", "FormulaireQF")) {
            subscribe(clamart, code, clamartAdmin, AccessMode.PORTAIL, null, opened, now);
        }
        subscribe(clamart, "JeChangeDeCoordonnees", clamartAdmin, AccessMode.API, delegate, opened, now);
        subscribe(clamart, "HebergementTourisme", clamartAdmin, AccessMode.PORTAIL, null, null, now);
        subscribe(toulon, "CERTDC", toulonAdmin, AccessMode.PORTAIL, null, opened, now);
        subscribe(toulon, "EtatCivil", toulonAdmin, AccessMode.API, delegate, opened, now);
        em.flush();

        Map<String, User> agents = Map.of("CERTDC", lucas, "EtatCivil", lucas, "depotDossierPACS", chloe,
                "recensementCitoyen", chloe, "FormulaireQF", chloe);
        int number = 1;
        for (String code : agents.keySet().stream().sorted().toList()) {
            int count = code.equals("CERTDC") ? 50 : 40;
            for (int i = 0; i < count; i++, number++) {
                List<Organization> recipients = code.equals("CERTDC") && i % 3 == 0
                        ? List.of(clamart, toulon) : List.of(clamart);
                folder(code, number, recipients, agents.get(code), nadia, now);
            }
        }
        for (int i = 0; i < 20; i++, number++) {
            folder("CERTDC", number, List.of(toulon), nadia, nadia, now);
        }
        LOG.info(() -> "HubEE demo data created");
    }

    private void apiClient(String clientId, ApiScope scope, Organization organization, String label) {
        em.persist(new ApiClient(clientId, Secrets.sha256(API_SECRET), scope, organization, label));
    }

    private Organization org(OrganizationType type, String siret, String branch, String name, String code) {
        Organization organization = new Organization(type, siret, branch, name);
        organization.setCode(code);
        organizations.add(organization);
        return organization;
    }

    private void procedure(String code, String label, Organization operator, boolean messages, String siFormats,
                           int maxMegabytes) {
        Procedure procedure = new Procedure(code, label, operator, maxMegabytes * 1024L * 1024L);
        procedure.setMessageToTransmitter(messages);
        procedure.configureAttachments("application/pdf,application/xml", "Formulaire,Justificatif", siFormats);
        procedure.configurePurge(CaseStatus.SI_RECEIVED, 2, 60);
        em.persist(procedure);
        procedures.put(code, procedure);
    }

    private User user(Organization org, String email, Civility civility, String first, String last, String function,
                      ActorType type, String hash, Instant now) {
        User user = new User(org, email, first, last, type, DefaultRoles.of(type));
        user.setCivility(civility);
        user.setFunction(function);
        user.changePhones("+33" + (146000000 + random.nextInt(999999)), null);
        user.changePasswordHash(hash, now);
        em.persist(user);
        return user;
    }

    private void habilitate(User user, String... codes) {
        for (String code : codes) {
            em.persist(new ProcedureAuthorization(user, procedures.get(code)));
        }
    }

    private void subscribe(Organization org, String code, User admin, AccessMode mode, User delegate,
                           LocalDate activation, Instant now) {
        Subscription subscription = new Subscription(org, procedures.get(code), 10_000L + random.nextInt(90_000),
                now.minus(Duration.ofDays(200)));
        subscription.setLocalAdministrator(admin);
        subscription.switchAccessMode(mode);
        if (mode == AccessMode.API) {
            // Known demo pair so that the README's curl walkthrough works: si-<branch>-<démarche>.
            subscription.assignApiCredentials("si-" + org.getBranchCode() + "-" + code.toLowerCase(Locale.ROOT),
                    Secrets.sha256(API_SECRET));
        }
        subscription.delegateTo(delegate);
        if (activation != null) {
            subscription.activateFrom(activation, activation);
        }
        subscription.configureNotifications(NotificationFrequency.UNIT,
                "etat-civil@" + (org.getBranchCode().equals("92023") ? "mairie-clamart" : "mairie-toulon") + ".example");
        // The demo's past dossiers are not news: notification mails start from now.
        subscription.reportedUntil(now);
        em.persist(subscription);
    }

    /** One folder with its cases in a status drawn so that every status has dossiers. */
    private void folder(String code, int number, List<Organization> recipients, User agent, User otherAgent, Instant now) {
        Procedure procedure = procedures.get(code);
        String[] person = PEOPLE[random.nextInt(PEOPLE.length)];
        // Within the portal retention (60 days): only the Clos dossiers have their contents purged.
        Instant transmitted = now.minus(Duration.ofMinutes(30 + random.nextInt(55 * 24 * 60)));
        String externalId = procedure.getOperator().getCode() + "-" + String.format("%013d", 4_200_000L + number);
        Folder folder = new Folder(procedure, procedure.getOperator(), externalId,
                new Applicant(person[0], person[1].toUpperCase(), email(person)), null);
        folder.recordCreation(transmitted);
        for (int i = 0; i < recipients.size(); i++) {
            Dossier dossier = folder.addCase(recipients.get(i), externalId + "-0" + (i + 1));
            dossier.recordCreation(transmitted);
            dossier.transmit(transmitted);
        }
        folder.changeGlobalStatus(FolderStatus.HUBEE_NOTIFIED, transmitted);
        List<Attachment> files = new ArrayList<>();
        String stamp = DateTimeFormatter.BASIC_ISO_DATE.format(LocalDate.ofInstant(transmitted, clock.getZone()));
        byte[] pdf = DemoDocuments.pdf(procedure.getLabel(), List.of("Dossier n° " + externalId,
                "Personne concernée : " + person[0] + " " + person[1].toUpperCase(), "Transmis le " + stamp,
                "Document de démonstration HubEE - données fictives."));
        byte[] xml = DemoDocuments.xml("demande", List.of(new String[] {"numero", externalId},
                new String[] {"demarche", code}, new String[] {"nom", person[1]}, new String[] {"prenom", person[0]}));
        files.add(folder.addAttachment(externalId + "_" + stamp + ".pdf", "Formulaire", "application/pdf", pdf.length));
        files.add(folder.addAttachment(externalId + "_" + stamp + ".xml", "Formulaire", "application/xml", xml.length));
        em.persist(folder);
        for (Dossier dossier : folder.getCases()) {
            files.forEach(dossier::attach);
        }
        em.flush();
        for (Dossier dossier : folder.getCases()) {
            User author = dossier.getRecipient().equals(agent.getOrganization()) ? agent : otherAgent;
            advance(dossier, author, transmitted, now);
        }
        // As in a hub that has run for months: contents past their retention are already purged.
        boolean expired = folder.getCases().stream().allMatch(d -> Retention.contentExpired(false, d.getStatus(),
                d.getTransmittedAt(), d.getAcknowledgedAt(), procedure.getTimeBeforeFileDeletion(),
                procedure.getPortalRetentionDays(), now));
        store(files.get(0), pdf, transmitted);
        store(files.get(1), xml, transmitted);
        if (expired) {
            for (Attachment file : files) {
                contents.delete(file.getId());
                file.markPurged(now);
            }
        }
    }

    private void store(Attachment attachment, byte[] content, Instant when) {
        try {
            attachment.markReceived(contents.store(attachment.getId(), new ByteArrayInputStream(content),
                    content.length).digest(), when);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plays the status path of a drawn final status, one event per step, at increasing times. */
    private void advance(Dossier dossier, User agent, Instant transmitted, Instant now) {
        List<CaseStatus> path = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4, 5 -> List.of();
            case 6, 7, 8 -> List.of(CaseStatus.SI_RECEIVED);
            case 9, 10, 11 -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.IN_PROGRESS);
            case 12, 13 -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.ADD_AWAITING);
            case 14 -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.REFUSED);
            case 15, 16, 17 -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.DONE);
            default -> List.of(CaseStatus.SI_RECEIVED, CaseStatus.IN_PROGRESS, CaseStatus.DONE, CaseStatus.CLOSED);
        };
        Instant when = transmitted;
        long room = Duration.between(transmitted, now).toMinutes();
        for (CaseStatus next : path) {
            when = when.plus(Duration.ofMinutes(1 + random.nextLong(Math.max(1, room / (path.size() + 1)))));
            boolean byOperator = next == CaseStatus.CLOSED;
            Organization transmitter = byOperator ? dossier.getFolder().getOperator() : dossier.getRecipient();
            Event event = Event.statusUpdate(dossier, dossier.getStatus(), next, transmitter);
            if (byOperator) {
                event.authoredBy(transmitter.getCode());
            } else {
                event.authoredBy(agent);
            }
            event.recordCreation(when);
            dossier.changeStatus(next, event.getAuthor(), when);
            if (byOperator) {
                dossier.changedByOperator(when);
            }
            em.persist(event);
        }
    }

    private static String email(String[] person) {
        String local = java.text.Normalizer.normalize(person[0] + "." + person[1], java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.]", "").toLowerCase();
        return local + "@courriel.example";
    }

    private void printBanner() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        LOG.info(() -> String.join("\n", "",
                "==================================================================",
                " HubEE (démonstration) : http://localhost:" + port + "/hubee/",
                " Mot de passe de tous les comptes de démonstration : " + PASSWORD,
                " API (http://localhost:" + port + "/hubee/api) : clé secrète de démonstration " + API_SECRET,
                "   pour osl-dgs-demo, osl-dila-demo, datapass-demo, admin-demo, si-83137-etatcivil",
                "   Administratrice locale (Clamart) : sophie.bernard@mairie-clamart.example",
                "   Agent (Clamart, CERTDC + état civil) : lucas.petit@mairie-clamart.example",
                "   Agent (Clamart, RCO + PACS + QF)     : chloe.moreau@mairie-clamart.example",
                "   Délégué technique (éditeur)          : marc.dupuis@logiciels-mairies.example",
                "   Administrateur local (Toulon)        : paul.garnier@mairie-toulon.example",
                "   Agent (Toulon)                       : nadia.roux@mairie-toulon.example",
                "   Administratrice nationale (DINUM)    : ines.lambert@numerique.example",
                "=================================================================="));
    }
}
