package fr.gouv.hubee.infrastructure.startup;

import fr.gouv.hubee.application.dossier.DossierLifecycle;
import fr.gouv.hubee.application.security.PasswordHasher;
import fr.gouv.hubee.application.security.Secrets;
import fr.gouv.hubee.domain.model.api.ApiClient;
import fr.gouv.hubee.domain.model.api.ApiScope;
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
    static final String HAUTS_DE_SEINE_SIRET = "22920001100018";
    static final String CNAF_SIRET = "18003502400066";
    static final String SNATED_SIRET = "18750904300027";
    /**
     * The CNAF's flows to the conseils départementaux (codes of the public HubEE documentation, which
     * gives no titles: these say what each code carries, as the README's table).
     */
    static final Map<String, String> CNAF_FLOWS = new LinkedHashMap<>();

    static {
        CNAF_FLOWS.put("RSABEI-RSABAI", "RSA - bénéficiaires : flux entrants (BEI/BAI)");
        CNAF_FLOWS.put("RSABEX-RSABAX", "RSA - bénéficiaires : flux sortants (BEX/BAX)");
        CNAF_FLOWS.put("RSABEM-RSABAM", "RSA - bénéficiaires : flux mensuels (BEM/BAM)");
        CNAF_FLOWS.put("RSAFIM", "RSA - flux financier mensuel (FIM)");
        CNAF_FLOWS.put("RSAFIX", "RSA - flux financier (FIX)");
        CNAF_FLOWS.put("RSACTM", "RSA - contrôles mensuels (CTM)");
        CNAF_FLOWS.put("IRSACG-IRSDCG", "RSA - instruction par le conseil départemental (IRSACG/IRSDCG)");
        CNAF_FLOWS.put("GRO", "RSA - flux GRO");
        CNAF_FLOWS.put("SGR", "RSA - flux SGR");
        CNAF_FLOWS.put("DSG", "RSA - flux DSG");
        CNAF_FLOWS.put("MSABEI", "RSA (MSA) - bénéficiaires : flux entrants (BEI)");
        CNAF_FLOWS.put("MSABEM", "RSA (MSA) - bénéficiaires : flux mensuels (BEM)");
        CNAF_FLOWS.put("MSABEX", "RSA (MSA) - bénéficiaires : flux sortants (BEX)");
        CNAF_FLOWS.put("MSAFIM", "RSA (MSA) - flux financier mensuel (FIM)");
        CNAF_FLOWS.put("ContactsAllocataires-BRSA", "RSA - contacts des allocataires (BRSA)");
    }

    /** Where each subscriber's notification mails go. */
    private static final Map<String, String> NOTIFIED = Map.of(CLAMART_SIRET, "etat-civil@mairie-clamart.test",
            "21830137200015", "etat-civil@mairie-toulon.test", HAUTS_DE_SEINE_SIRET, "rsa-ip@hauts-de-seine.test");

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

    @Inject
    DossierLifecycle lifecycle;

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
                "DIRECTION INTERMINISTERIELLE DU NUMERIQUE", "DINUM", "75007", "PARIS");
        Organization dgs = org(OrganizationType.OSL, "11000101300017", "75107", "DIRECTION GENERALE DE LA SANTE", "DGS",
                "75007", "PARIS");
        Organization dila = org(OrganizationType.OSL, "13000918600011", "75107",
                "DIRECTION DE L'INFORMATION LEGALE ET ADMINISTRATIVE", "DILA", "75015", "PARIS");
        Organization apiParticulier = org(OrganizationType.OSL, "13002526500021", "75107", "API PARTICULIER (DINUM)",
                "APIPART", "75007", "PARIS");
        Organization cnaf = org(OrganizationType.OSL, CNAF_SIRET, "75114", "CAISSE NATIONALE DES ALLOCATIONS FAMILIALES",
                "CNAF", "75014", "PARIS");
        Organization snated = org(OrganizationType.OSL, SNATED_SIRET, "75114",
                "SERVICE NATIONAL D'ACCUEIL TELEPHONIQUE DE L'ENFANCE EN DANGER", "SNATED", "75014", "PARIS");
        Organization clamart = org(OrganizationType.SI, CLAMART_SIRET, "92023", "COMMUNE DE CLAMART", null,
                "92140", "HAUTS-DE-SEINE");
        Organization toulon = org(OrganizationType.SI, "21830137200015", "83137", "COMMUNE DE TOULON", null,
                "83000", "VAR");
        Organization editor = org(OrganizationType.SI, "48234567800015", "69123", "LOGICIELS MAIRIES SAS (éditeur)", null,
                "69003", "RHONE");
        Organization hautsDeSeine = org(OrganizationType.SI, HAUTS_DE_SEINE_SIRET, "92",
                "DEPARTEMENT DES HAUTS-DE-SEINE", "CD92", "92000", "HAUTS-DE-SEINE");

        // The catalogue of the public HubEE documentation (README « Démarches de démonstration »).
        procedure("CERTDC", "Certificat de décès électronique", dgs, false, "application/pdf,application/xml", "", 10);
        procedure("EtatCivil", "Demande d'acte d'état civil (AEC)", dila, true, "application/pdf,application/xml",
                "application/pdf", 5);
        procedure("depotDossierPACS", "Dépôt de dossier PACS (DDPACS)", dila, true, "application/pdf,application/xml",
                "application/pdf,image/jpeg,image/png", 10);
        procedure("recensementCitoyen", "Recensement citoyen obligatoire (RCO)", dila, true,
                "application/pdf,application/xml", "application/pdf", 5);
        procedure("JeChangeDeCoordonnees", "Déclaration de changement de coordonnées (JCC)", dila, false,
                "application/pdf,application/xml", "", 5);
        procedure("HebergementTourisme", "Déclaration d'hébergement touristique (DHTOUR)", dila, true,
                "application/pdf,application/xml", "application/pdf", 5);
        procedure("FormulaireQF", "Formulaire QF - quotient familial", apiParticulier, false,
                "application/pdf,application/xml", "", 5);
        CNAF_FLOWS.forEach((code, label) -> procedure(code, label, cnaf, false, "application/xml,application/pdf",
                "application/xml", 10));
        procedure("SNATED", "Information préoccupante transmise par le SNATED (119)", snated, false,
                "application/pdf,application/xml", "", 10);

        String hash = PasswordHasher.hash(PASSWORD.toCharArray());
        User clamartAdmin = user(clamart, "sophie.bernard@mairie-clamart.test", Civility.MME, "Sophie", "Bernard",
                "Responsable du service population", ActorType.LOCAL_ADMIN, hash, now);
        clamartAdmin.setDatapass(true);
        // The guide (003, action 2) has the local administrator add « Gestion des télédossiers » to herself.
        Set<Role> adminRoles = EnumSet.copyOf(DefaultRoles.of(ActorType.LOCAL_ADMIN));
        adminRoles.add(Role.DOSSIER_MANAGE);
        clamartAdmin.changeRoles(adminRoles);
        User lucas = user(clamart, "lucas.petit@mairie-clamart.test", Civility.M, "Lucas", "Petit",
                "Officier d'état civil", ActorType.AGENT, hash, now);
        habilitate(lucas, "CERTDC", "EtatCivil");
        User chloe = user(clamart, "chloe.moreau@mairie-clamart.test", Civility.MME, "Chloé", "Moreau",
                "Agent d'accueil", ActorType.AGENT, hash, now);
        habilitate(chloe, "recensementCitoyen", "depotDossierPACS", "FormulaireQF");
        User delegate = user(editor, "marc.dupuis@logiciels-mairies.test", Civility.M, "Marc", "Dupuis",
                "Chef de projet intégration", ActorType.TECHNICAL_DELEGATE, hash, now);
        User departementAdmin = user(hautsDeSeine, "claire.fontaine@hauts-de-seine.test", Civility.MME, "Claire",
                "Fontaine", "Cheffe du service des systèmes d'information sociaux", ActorType.LOCAL_ADMIN, hash, now);
        User karim = user(hautsDeSeine, "karim.benali@hauts-de-seine.test", Civility.M, "Karim", "Benali",
                "Cellule de recueil des informations préoccupantes", ActorType.AGENT, hash, now);
        habilitate(karim, "SNATED");
        User toulonAdmin = user(toulon, "paul.garnier@mairie-toulon.test", Civility.M, "Paul", "Garnier",
                "Directeur des services à la population", ActorType.LOCAL_ADMIN, hash, now);
        User nadia = user(toulon, "nadia.roux@mairie-toulon.test", Civility.MME, "Nadia", "Roux",
                "Officier d'état civil", ActorType.AGENT, hash, now);
        habilitate(nadia, "CERTDC", "EtatCivil");
        user(dinum, "ines.lambert@numerique.test", Civility.MME, "Inès", "Lambert",
                "Administratrice nationale HubEE", ActorType.ADMIN, hash, now);

        apiClient("datapass-demo", ApiScope.DATAPASS, null, "DataPass (démonstration)");
        apiClient("admin-demo", ApiScope.ADMIN, dinum, "Administration nationale (démonstration)");
        apiClient("osl-dgs-demo", ApiScope.OSL, dgs, "DGS - CertDc (démonstration)");
        apiClient("osl-dila-demo", ApiScope.OSL, dila, "DILA - service-public.fr (démonstration)");
        apiClient("osl-apipart-demo", ApiScope.OSL, apiParticulier, "API Particulier (démonstration)");
        apiClient("osl-cnaf-demo", ApiScope.OSL, cnaf, "CNAF - flux RSA (démonstration)");
        apiClient("osl-snated-demo", ApiScope.OSL, snated, "SNATED - 119 (démonstration)");

        LocalDate opened = LocalDate.now(clock).minusMonths(6);
        for (String code : List.of("CERTDC", "EtatCivil", "depotDossierPACS", "recensementCitoyen", "FormulaireQF")) {
            subscribe(clamart, code, clamartAdmin, AccessMode.PORTAIL, null, opened, now);
        }
        subscribe(clamart, "JeChangeDeCoordonnees", clamartAdmin, AccessMode.API, delegate, opened, now);
        subscribe(clamart, "HebergementTourisme", clamartAdmin, AccessMode.PORTAIL, null, null, now);
        subscribe(toulon, "CERTDC", toulonAdmin, AccessMode.PORTAIL, null, opened, now);
        subscribe(toulon, "EtatCivil", toulonAdmin, AccessMode.API, delegate, opened, now);
        // The département: the CNAF's RSA flows to its own software, the SNATED's to the portal.
        for (String code : CNAF_FLOWS.keySet()) {
            subscribe(hautsDeSeine, code, departementAdmin, AccessMode.API, null, opened, now);
        }
        subscribe(hautsDeSeine, "SNATED", departementAdmin, AccessMode.PORTAIL, null, opened, now);
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
        for (int i = 0; i < 12; i++, number++) {
            folder("SNATED", number, List.of(hautsDeSeine), karim, karim, now);
        }
        LOG.info(() -> "HubEE demo data created");
    }

    private void apiClient(String clientId, ApiScope scope, Organization organization, String label) {
        em.persist(new ApiClient(clientId, Secrets.sha256(API_SECRET), scope, organization, label));
    }

    private Organization org(OrganizationType type, String siret, String branch, String name, String code,
                             String postalCode, String territory) {
        Organization organization = new Organization(type, siret, branch, name);
        organization.setCode(code);
        organization.locate("France", postalCode, territory);
        organizations.add(organization);
        return organization;
    }

    private void procedure(String code, String label, Organization operator, boolean messages, String operatorFormats,
                           String siFormats, int maxMegabytes) {
        Procedure procedure = new Procedure(code, label, operator, maxMegabytes * 1024L * 1024L);
        procedure.setMessageToTransmitter(messages);
        procedure.configureAttachments(operatorFormats, "Formulaire,Justificatif", siFormats);
        procedure.configurePurge(CaseStatus.SI_RECEIVED, 2, 60);
        procedure.configureArchiving(30, 365);
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
        subscription.configureNotifications(NotificationFrequency.UNIT, NOTIFIED.get(org.getSiret()));
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
        }
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
        store(files.get(0), pdf, transmitted);
        store(files.get(1), xml, transmitted);
        lifecycle.replayCompletion(folder, transmitted);
        for (Dossier dossier : folder.getCases()) {
            User author = dossier.getRecipient().equals(agent.getOrganization()) ? agent : otherAgent;
            advance(dossier, author, transmitted, now);
        }
        // As in a hub that has run for months: contents past their retention are already purged.
        boolean expired = folder.getCases().stream().allMatch(d -> Retention.contentExpired(false, d.getStatus(),
                d.getTransmittedAt(), d.getAcknowledgedAt(), procedure.getTimeBeforeFileDeletion(),
                procedure.getPortalRetentionDays(), now));
        if (expired) {
            files.forEach(file -> lifecycle.purgeContent(file, now));
        }
    }

    private void store(Attachment attachment, byte[] content, Instant when) {
        try {
            attachment.markReceived(contents.storeOwnDocument(attachment.getId(), new ByteArrayInputStream(content),
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
            // Only the operator closes (with its code as author); every other step is the agent's, in the portal.
            Actor actor = next == CaseStatus.CLOSED ? Actor.software(Side.OPERATOR, null, null) : Actor.agent(agent);
            lifecycle.replay(dossier, actor, next, when);
        }
    }

    private static String email(String[] person) {
        String local = java.text.Normalizer.normalize(person[0] + "." + person[1], java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z.]", "").toLowerCase();
        return local + "@courriel.test";
    }

    private void printBanner() {
        int port = Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        LOG.info(() -> String.join("\n", "",
                "==================================================================",
                " HubEE (démonstration) : http://localhost:" + port + "/hubee/",
                " Mot de passe de tous les comptes de démonstration : " + PASSWORD,
                " API (http://localhost:" + port + "/hubee/api) : clé secrète de démonstration " + API_SECRET,
                "   pour osl-dgs-demo, osl-dila-demo, osl-cnaf-demo, osl-snated-demo, datapass-demo, admin-demo,",
                "   si-83137-etatcivil, si-92023-jechangedecoordonnees et si-92-<démarche CNAF> (ex. si-92-rsabei-rsabai)",
                "   Administratrice locale (Clamart) : sophie.bernard@mairie-clamart.test",
                "   Agent (Clamart, CERTDC + état civil) : lucas.petit@mairie-clamart.test",
                "   Agent (Clamart, RCO + PACS + QF)     : chloe.moreau@mairie-clamart.test",
                "   Délégué technique (éditeur)          : marc.dupuis@logiciels-mairies.test",
                "   Administrateur local (Toulon)        : paul.garnier@mairie-toulon.test",
                "   Agent (Toulon)                       : nadia.roux@mairie-toulon.test",
                "   Administratrice locale (Hauts-de-Seine) : claire.fontaine@hauts-de-seine.test",
                "   Agent (Hauts-de-Seine, SNATED)       : karim.benali@hauts-de-seine.test",
                "   Administratrice nationale (DINUM)    : ines.lambert@numerique.test",
                "=================================================================="));
    }
}
