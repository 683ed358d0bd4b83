package fr.gouv.hubee.interfaces.web.dossiers;

import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.dossier.DossierSummary;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.rules.PortalAction;
import fr.gouv.hubee.domain.rules.PortalStatusMachine;
import fr.gouv.hubee.interfaces.web.security.Messages;
import fr.gouv.hubee.interfaces.web.shell.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * What the agent does on the list's rows (guide §4.2): the ticked rows and the bulk bar — the
 * status buttons the status machine offers for the selection, its confirm dialog and ZIP — and
 * the unit actions of one row (« Consulter » a Nouveau dossier, « Télécharger »).
 */
@Named
@ViewScoped
public class DossierSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DossierList list;

    @Inject
    DossierService dossiers;

    @Inject
    Downloads downloads;

    /** Row checkboxes, by dossier id (a map so that each checkbox binds to its own entry). */
    private final Map<String, Boolean> checked = new HashMap<>();
    private UUID pending;
    private PortalAction pendingAction;
    private String comment;

    public Map<String, Boolean> getChecked() {
        return checked;
    }

    /** Paging, a tab or a filter shows other rows: nothing stays ticked out of sight. */
    void clear() {
        checked.clear();
    }

    private Set<UUID> selectedIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        checked.forEach((id, on) -> {
            if (Boolean.TRUE.equals(on)) {
                ids.add(UUID.fromString(id));
            }
        });
        return ids;
    }

    private List<DossierSummary> selectedRows() {
        Set<UUID> selected = selectedIds();
        return list.getPage().rows().stream().filter(r -> selected.contains(r.id())).toList();
    }

    public boolean isAllOnPageSelected() {
        Set<UUID> selected = selectedIds();
        List<DossierSummary> rows = list.getPage().rows();
        return !rows.isEmpty() && rows.stream().allMatch(r -> selected.contains(r.id()));
    }

    /** The action bar's « tout sélectionner » checkbox: checks or clears every row of the page. */
    public void setAllOnPageSelected(boolean check) {
        // Every full-page submit posts this checkbox too: act only when the user changed it.
        if (check != isAllOnPageSelected()) {
            list.getPage().rows().forEach(r -> checked.put(r.id().toString(), check));
        }
    }

    public int getSelectedCount() {
        return selectedIds().size();
    }

    /** Every status button of the portal, in the guide's order: the page lays them out once. */
    public List<PortalAction> getAllActions() {
        return List.of(PortalAction.values());
    }

    /** Whether the status machine offers this button for the selection (every selected dossier in one status). */
    public boolean offers(PortalAction action) {
        Set<PortalStatus> statuses = selectedRows().stream().map(DossierSummary::portalStatus).collect(Collectors.toSet());
        return statuses.size() == 1 && PortalStatusMachine.actionsFrom(statuses.iterator().next()).contains(action);
    }

    public boolean isMixedSelection() {
        return selectedRows().stream().map(DossierSummary::portalStatus).distinct().count() > 1;
    }

    public PortalStatus getSelectionStatus() {
        return selectedRows().stream().map(DossierSummary::portalStatus).findFirst().orElse(null);
    }

    public void chooseAction(PortalAction action) {
        pendingAction = action;
        comment = null;
    }

    public void confirmBulkStatus() {
        List<UUID> ids = new ArrayList<>(selectedIds());
        if (Actions.attempt(() -> dossiers.changeStatus(ids, pendingAction.target(), comment))) {
            Messages.info("dossiers.bulk.done", ids.size(), Messages.text("status." + pendingAction.target()));
            checked.clear();
        }
        pendingAction = null;
        comment = null;
        list.refresh();
    }

    /** Whether a bulk download needs the confirmation (some selected dossiers are Nouveau or Reçu). */
    public boolean isBulkDownloadConfirm() {
        return selectedRows().stream().anyMatch(this::needsDownloadConfirm);
    }

    public StreamedContent downloadSelected() {
        List<UUID> ids = new ArrayList<>(selectedIds());
        checked.clear();
        return zipOf(ids);
    }

    // Unit actions (guide §4.2.1)

    public void prepare(String id) {
        pending = UUID.fromString(id);
    }

    public String acknowledgeAndOpen() {
        dossiers.acknowledge(pending);
        return "/app/teledossier?faces-redirect=true&id=" + pending;
    }

    public StreamedContent downloadPending() {
        return zipOf(List.of(pending));
    }

    public StreamedContent download(String id) {
        return zipOf(List.of(UUID.fromString(id)));
    }

    /** Downloading a Nouveau or Reçu dossier starts its processing: the agent confirms first. */
    public boolean needsDownloadConfirm(DossierSummary row) {
        return PortalStatusMachine.onDownload(row.status()).isPresent();
    }

    /** The dossiers' ZIP; the list then shows their new statuses. */
    private StreamedContent zipOf(List<UUID> ids) {
        StreamedContent content = Actions.result(() -> downloads.zip(ids)).orElse(null);
        list.refresh();
        return content;
    }

    public PortalAction getPendingAction() {
        return pendingAction;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
