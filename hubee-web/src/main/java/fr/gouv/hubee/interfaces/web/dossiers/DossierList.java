package fr.gouv.hubee.interfaces.web.dossiers;

import fr.gouv.hubee.application.BusinessRuleException;
import fr.gouv.hubee.application.dossier.DossierFilter;
import fr.gouv.hubee.application.dossier.DossierPage;
import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.dossier.DossierSummary;
import fr.gouv.hubee.application.dossier.ProcedureOption;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.domain.rules.PortalAction;
import fr.gouv.hubee.domain.rules.PortalStatusMachine;
import fr.gouv.hubee.infrastructure.persistence.DossierSort;
import fr.gouv.hubee.interfaces.web.security.Messages;
import fr.gouv.hubee.interfaces.web.shell.Navigation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * The dossier list (teledossiers.xhtml, guide §4.1–4.2): status tabs with counts, filters that
 * add up, sort, page size, selection and the unit and bulk actions. Holds only the screen's
 * state; every row and count comes from the database, one page at a time.
 */
@Named
@ViewScoped
public class DossierList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<PortalStatus> TABS = List.of(PortalStatus.NOUVEAU, PortalStatus.RECU, PortalStatus.EN_COURS,
            PortalStatus.EN_ATTENTE, PortalStatus.REFUSE, PortalStatus.TRAITE, PortalStatus.CLOS);
    static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);

    @Inject
    transient DossierService dossiers;

    @Inject
    transient Downloads downloads;

    @Inject
    transient Navigation navigation;

    private final ListParams params = new ListParams();
    private String search;
    private PortalStatus status = PortalStatus.NOUVEAU;
    private List<String> procedureIds = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private boolean moreFilters;
    private DossierSort sort = DossierSort.TRANSMITTED_DESC;
    private int pageSize = 10;
    private int page;
    /** Row checkboxes, by dossier id (a map so that each checkbox binds to its own entry). */
    private final Map<String, Boolean> selection = new java.util.HashMap<>();
    private UUID pending;
    private PortalAction pendingAction;
    private String comment;

    private transient DossierPage current;
    private transient Map<PortalStatus, Long> counts;
    private transient List<ProcedureOption> procedureOptions;

    /**
     * f:viewAction: the URL's status (« statut »), header search (« recherche ») and the
     * bookmarkable filters (« demarche », « du », « au », « tri », « taille »; see ListParams).
     */
    public void load() {
        if (params.namesStatus()) {
            status = params.status(status);
        } else if (search != null && !search.isBlank()) {
            status = null;
        }
        params.procedure(code -> getProcedureOptions().stream().filter(p -> p.code().equals(code)).findFirst())
                .ifPresent(p -> procedureIds = new ArrayList<>(List.of(p.id().toString())));
        params.from().ifPresent(day -> from = day);
        params.to().ifPresent(day -> to = day);
        moreFilters = from != null || to != null;
        params.sort().ifPresent(s -> sort = s);
        params.pageSize(PAGE_SIZES).ifPresent(size -> pageSize = size);
        if (params.invalid()) {
            Messages.error("dossiers.link.invalid");
        }
    }

    public ListParams getParams() {
        return params;
    }

    public DossierPage getPage() {
        if (current == null) {
            current = dossiers.list(filter(), sort, page * pageSize, pageSize);
            if (page > 0 && current.rows().isEmpty() && current.total() > 0) {
                page = (int) ((current.total() - 1) / pageSize);
                current = dossiers.list(filter(), sort, page * pageSize, pageSize);
            }
        }
        return current;
    }

    public Map<PortalStatus, Long> getCounts() {
        if (counts == null) {
            counts = new EnumMap<>(isFiltered() ? dossiers.countByStatus(filter()) : navigation.statusCounts());
        }
        return counts;
    }

    public long getAllCount() {
        return getCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    public List<ProcedureOption> getProcedureOptions() {
        if (procedureOptions == null) {
            procedureOptions = dossiers.procedures();
        }
        return procedureOptions;
    }

    private DossierFilter filter() {
        Set<UUID> procedures = procedureIds.stream().map(UUID::fromString).collect(Collectors.toSet());
        return new DossierFilter(status, procedures, from, to, search);
    }

    private void refresh() {
        current = null;
        counts = null;
    }

    /** Auto-refresh (every 5 minutes): same filters, same page. */
    public void poll() {
        refresh();
    }

    public void showStatus(String tab) {
        status = "TOUS".equals(tab) ? null : PortalStatus.valueOf(tab);
        page = 0;
        selection.clear();
        refresh();
    }

    public void applyFilters() {
        page = 0;
        selection.clear();
        refresh();
    }

    public void reset() {
        procedureIds = new ArrayList<>();
        from = null;
        to = null;
        search = null;
        applyFilters();
    }

    public boolean isFiltered() {
        return !procedureIds.isEmpty() || from != null || to != null || (search != null && !search.isBlank());
    }

    public void next() {
        page++;
        selection.clear();
        refresh();
    }

    public void previous() {
        page = Math.max(0, page - 1);
        selection.clear();
        refresh();
    }

    public boolean isHasNext() {
        return (long) (page + 1) * pageSize < getPage().total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public String getRange() {
        long total = getPage().total();
        long first = total == 0 ? 0 : (long) page * pageSize + 1;
        return first + " - " + Math.min(total, (long) (page + 1) * pageSize) + " / " + total;
    }

    // Selection and bulk actions (guide §4.2.2)

    public Map<String, Boolean> getSelection() {
        return selection;
    }

    private Set<UUID> selectedIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        selection.forEach((id, checked) -> {
            if (Boolean.TRUE.equals(checked)) {
                ids.add(UUID.fromString(id));
            }
        });
        return ids;
    }

    public boolean isAllOnPageSelected() {
        Set<UUID> selected = selectedIds();
        return !getPage().rows().isEmpty() && getPage().rows().stream().allMatch(r -> selected.contains(r.id()));
    }

    /** The action bar's « tout sélectionner » checkbox: checks or clears every row of the page. */
    public void setAllOnPageSelected(boolean check) {
        // Every full-page submit posts this checkbox too: act only when the user changed it.
        if (check != isAllOnPageSelected()) {
            getPage().rows().forEach(r -> selection.put(r.id().toString(), check));
        }
    }

    public int getSelectedCount() {
        return selectedIds().size();
    }

    private List<DossierSummary> selectedRows() {
        Set<UUID> selected = selectedIds();
        return getPage().rows().stream().filter(r -> selected.contains(r.id())).toList();
    }

    /** The status buttons, offered only when every selected dossier has the same status. */
    public List<PortalAction> getBulkActions() {
        Set<PortalStatus> statuses = selectedRows().stream().map(DossierSummary::portalStatus).collect(Collectors.toSet());
        return statuses.size() == 1 ? PortalStatusMachine.actionsFrom(statuses.iterator().next()) : List.of();
    }

    /** The same, by name, for the page's buttons. */
    public List<String> getBulkActionNames() {
        return getBulkActions().stream().map(Enum::name).toList();
    }

    public boolean isMixedSelection() {
        return selectedRows().stream().map(DossierSummary::portalStatus).distinct().count() > 1;
    }

    public PortalStatus getSelectionStatus() {
        return selectedRows().stream().map(DossierSummary::portalStatus).findFirst().orElse(null);
    }

    public void chooseAction(String action) {
        chooseAction(PortalAction.valueOf(action));
    }

    public void chooseAction(PortalAction action) {
        pendingAction = action;
        comment = null;
    }

    public void confirmBulkStatus() {
        try {
            List<UUID> ids = new ArrayList<>(selectedIds());
            dossiers.changeStatus(ids, pendingAction.target(), comment);
            Messages.info("dossiers.bulk.done", ids.size(), Messages.text("status." + pendingAction.target()));
            selection.clear();
        } catch (BusinessRuleException e) {
            Messages.error(e.getMessageKey());
        }
        pendingAction = null;
        comment = null;
        refresh();
    }

    /** Whether a bulk download needs the confirmation (some selected dossiers are Nouveau or Reçu). */
    public boolean isBulkDownloadConfirm() {
        return selectedRows().stream().anyMatch(r -> PortalStatusMachine.onDownload(r.status()).isPresent());
    }

    public StreamedContent downloadSelected() {
        List<UUID> ids = new ArrayList<>(selectedIds());
        selection.clear();
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

    /** The dossiers' ZIP; the list then shows their new statuses. */
    private StreamedContent zipOf(List<UUID> ids) {
        StreamedContent content = downloads.zip(ids);
        refresh();
        return content;
    }

    public boolean needsDownloadConfirm(DossierSummary row) {
        return PortalStatusMachine.onDownload(row.status()).isPresent();
    }

    // Exports

    public StreamedContent exportCsv() {
        return new ListExport(dossiers, filter(), sort).csv();
    }

    public StreamedContent exportXlsx() {
        return new ListExport(dossiers, filter(), sort).xlsx();
    }

    // Bean properties

    public List<PortalStatus> getTabs() {
        return TABS;
    }

    public List<Integer> getPageSizes() {
        return PAGE_SIZES;
    }

    public DossierSort[] getSorts() {
        return DossierSort.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public PortalStatus getStatus() {
        return status;
    }

    public List<String> getProcedureIds() {
        return procedureIds;
    }

    public void setProcedureIds(List<String> procedureIds) {
        this.procedureIds = procedureIds == null ? new ArrayList<>() : new ArrayList<>(procedureIds);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isMoreFilters() {
        return moreFilters;
    }

    public void toggleMoreFilters() {
        moreFilters = !moreFilters;
    }

    public DossierSort getSort() {
        return sort;
    }

    public void setSort(DossierSort sort) {
        this.sort = sort;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = PAGE_SIZES.contains(pageSize) ? pageSize : 10;
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
