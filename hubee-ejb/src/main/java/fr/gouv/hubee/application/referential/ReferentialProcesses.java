package fr.gouv.hubee.application.referential;

import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.application.exchange.OrganizationId;
import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.organization.Organization;
import fr.gouv.hubee.domain.model.organization.OrganizationType;
import fr.gouv.hubee.domain.model.procedure.Procedure;
import fr.gouv.hubee.domain.model.procedure.SubscriptionValidation;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.infrastructure.persistence.OrganizationRepository;
import fr.gouv.hubee.infrastructure.persistence.ProcedureRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * /referential/v1/processes (scope ADMIN): the démarches and their settings — who sends them,
 * which files each side may send, sizes, purge — read by the operators' onboarding scripts and
 * changed by the administration. The same Procedure entities the portal and the exchanges obey.
 */
@Stateless
@RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.DATAPASS, ApiRoles.ADMIN})
public class ReferentialProcesses {

    private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("code", "p.code"),
            Map.entry("name", "p.label"), Map.entry("description", "p.description"), Map.entry("is_activated", "p.active"),
            Map.entry("subscription_validation", "p.subscriptionValidation"), Map.entry("osl_type", "o.type"),
            Map.entry("osl_company_register", "o.siret"), Map.entry("osl_branch_code", "o.branchCode"),
            Map.entry("attachments_max_size", "p.attachmentMaxSize"),
            Map.entry("time_before_archiving", "p.timeBeforeArchiving"),
            Map.entry("time_before_deletion", "p.timeBeforeFileDeletion"),
            Map.entry("message_transmitter", "p.messageToTransmitter"),
            Map.entry("attachments_types", "p.attachmentTypes"), Map.entry("attachments_formats", "p.attachmentFormats"));

    @Inject
    CurrentApiCaller callers;

    @Inject
    ProcedureRepository procedures;

    @Inject
    OrganizationRepository organizations;

    @Inject
    Clock clock;

    /** GET: optionally the démarches of one operator (its SIRET), ordered and paged in the database. */
    @RolesAllowed({ApiRoles.ADMIN})
    public ReferentialPage<ProcessData> list(String operatorSiret, String orderBy, int offset,
                                             int maxResult) {
        ReferentialOrder order = ReferentialOrder.parse(orderBy, COLUMNS, "p.code");
        ProcedureRepository.Search search = new ProcedureRepository.Search(
                operatorSiret == null || operatorSiret.isBlank() ? null : operatorSiret.strip(), order.path(),
                order.descending(), Math.max(0, offset), ReferentialPage.size(maxResult));
        return new ReferentialPage<>(procedures.search(search).stream().map(ReferentialProcesses::data).toList(),
                search.offset(), procedures.count(search));
    }

    @RolesAllowed({ApiRoles.ADMIN})
    public ProcessData get(String code) {
        return data(find(code));
    }

    /** POST: a new démarche of an existing operator. */
    @RolesAllowed({ApiRoles.ADMIN})
    public ProcessData create(ProcessData request) {
        if (procedures.findByCode(request.code().strip()).isPresent()) {
            throw BusinessRuleException.invalid("Process already exists: " + request.code().strip());
        }
        Procedure procedure = new Procedure(request.code().strip(), request.name().strip(), operator(request.osl()),
                request.attachmentMaxSizeEnabled());
        procedure.recordCreation(clock.instant());
        configure(procedure, request);
        procedures.add(procedure);
        return data(procedure);
    }

    /** PUT: every setting; the code is the path's, and the operator of a démarche does not change. */
    @RolesAllowed({ApiRoles.ADMIN})
    public ProcessData update(String code, ProcessData request) {
        Procedure procedure = find(code);
        if (!procedure.getCode().equals(request.code().strip())) {
            throw BusinessRuleException.invalid("#/code: the code of a process does not change (" + code + ")");
        }
        if (!procedure.getOperator().equals(operator(request.osl()))) {
            throw BusinessRuleException.invalid("#/osl: the operator of a process does not change");
        }
        configure(procedure, request);
        procedure.touch(clock.instant());
        return data(procedure);
    }

    private static void configure(Procedure procedure, ProcessData request) {
        CaseStatus purgeStatus = Arrays.stream(CaseStatus.values())
                .filter(s -> s.name().equals(request.statusBeforeFileDeletion().strip())).findFirst()
                .orElseThrow(() -> BusinessRuleException.invalid("#/statusBeforeFileDeletion: "
                        + request.statusBeforeFileDeletion() + " is not a case status"));
        procedure.describe(request.name(), request.description(), request.legalJustification());
        procedure.setActive(request.isActivated());
        procedure.setMessageToTransmitter(request.messageToTransmitter());
        procedure.configureAttachments(join("attachmentFormatsEnabled", request.attachmentFormatsEnabled()),
                join("attachmentTypesEnabled", request.attachmentTypesEnabled()),
                join("siAttachmentFormatsEnabled", request.siAttachmentFormatsEnabled()));
        procedure.limitAttachmentSize(request.attachmentMaxSizeEnabled());
        procedure.configurePurge(purgeStatus, request.timeBeforeFileDeletion(), procedure.getPortalRetentionDays());
        procedure.configureArchiving(request.timeBeforeArchiving(), request.timeBeforeFolderDeletion());
        procedure.validateSubscriptions(SubscriptionValidation.valueOf(request.subscriptionValidation()));
    }

    private Organization operator(OrganizationId osl) {
        return organizations.findByIdentifier(OrganizationType.OSL, osl.companyRegister(), osl.branchCode())
                .filter(o -> "OSL".equals(osl.type()))
                .orElseThrow(() -> BusinessRuleException.invalid("#/osl: OSL-" + osl.companyRegister() + "-"
                        + osl.branchCode() + " is not an operator organization"));
    }

    private Procedure find(String code) {
        return procedures.findByCode(code).orElseThrow(() -> new NotFoundException("process", "Process is not found"));
    }

    /** A list as its column keeps it: comma-separated, 1000 characters at most. */
    private static String join(String field, List<String> values) {
        String joined = values == null ? "" : String.join(",", values.stream().map(String::strip).toList());
        if (joined.length() > 1000) {
            throw BusinessRuleException.invalid("#/" + field + ": 1000 characters at most, commas included");
        }
        return joined;
    }

    static ProcessData data(Procedure p) {
        return new ProcessData(p.getCode(), p.getLabel(), p.getDescription(), p.isActive(),
                OrganizationId.of(p.getOperator()), p.operatorFormats(), p.siUploadFormats(), p.attachmentTypes(),
                p.getAttachmentMaxSize(), p.getStatusBeforeFileDeletion().name(), p.getTimeBeforeFileDeletion(),
                p.getTimeBeforeArchiving(), p.getTimeBeforeFolderDeletion(), p.isMessageToTransmitter(),
                p.getSubscriptionValidation().name(), p.getCreatedAt(), p.getUpdatedAt(), p.getLegalJustification());
    }
}
