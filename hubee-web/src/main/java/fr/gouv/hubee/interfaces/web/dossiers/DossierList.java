package fr.gouv.hubee.interfaces.web.dossiers;

import fr.gouv.hubee.application.dossier.DossierFilter;
import fr.gouv.hubee.application.dossier.DossierPage;
import fr.gouv.hubee.application.dossier.DossierService;
import fr.gouv.hubee.application.dossier.ProcedureOption;
import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.infrastructure.persistence.DossierSort;
import fr.gouv.hubee.interfaces.web.security.Messages;
import fr.gouv.hubee.interfaces.web.shell.Navigation;
import fr.gouv.hubee.interfaces.web.shell.PageWindow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * The dossier list's query (teledossiers.xhtml, guide §4.1): status tabs with counts, filters that
 * add up, sort, page size, paging and the bookmarkable URL; exports of what it shows. Every row
 * and count comes from the database, one page at a time. The selection and the actions on it are
 * {@link DossierSelection}'s.
 */
@Named
@ViewScoped
public class DossierList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<PortalStatus> TABS = List.of(PortalStatus.NOUVEAU, PortalStatus.RECU, PortalStatus.EN_COURS,
            PortalStatus.EN_ATTENTE, PortalStatus.REFUSE, PortalStatus.TRAITE, PortalStatus.CLOS);
    static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);

    @Inject
    DossierService dossiers;

    @Inject
    DossierSelection selection;

    @Inject
    Navigation navigation;

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
    /** The list's total when last shown, and how many more the poll has found since. */
    private long shownTotal = -1;
    private long news;

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
            shownTotal = current.total();
            news = 0;
        }
        return current;
    }

    /** The 5-minute poll: how many more dossiers this list holds than when it was shown (counted in the database). */
    public void lookForNews() {
        if (shownTotal >= 0) {
            news = Math.max(0, dossiers.list(filter(), sort, 0, 1).total() - shownTotal);
        }
    }

    /** « Afficher »: the agent asks for the list as it is now. */
    public void showNews() {
        selection.clear();
        refresh();
    }

    public long getNews() {
        return news;
    }

    public Map<PortalStatus, Long> getCounts() {
        if (counts == null) {
            counts = new EnumMap<>(isFiltered() ? dossiers.countByStatus(filter()) : navigation.statusCounts());
        }
        return counts;
    }

    /** The count of one tab, by its name (the left menu shows the same numbers as the tabs). */
    public long countOf(String status) {
        return getCounts().getOrDefault(PortalStatus.valueOf(status), 0L);
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

    /** The list shows the database again (after an action changed statuses). */
    void refresh() {
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
        showStateInUrl();
    }

    public void applyFilters() {
        page = 0;
        selection.clear();
        refresh();
        showStateInUrl();
    }

    /**
     * The address bar follows the filters changed by Ajax (same words as a link: ListParams), so
     * that F5, Back from a dossier or a bookmark give the same list.
     */
    private void showStateInUrl() {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("statut", status == null ? "TOUS" : status.name());
        if (search != null && !search.isBlank()) {
            query.put("recherche", search.strip());
        }
        if (procedureIds.size() == 1) {
            getProcedureOptions().stream().filter(p -> p.id().toString().equals(procedureIds.get(0))).findFirst()
                    .ifPresent(p -> query.put("demarche", p.code()));
        }
        if (from != null) {
            query.put("du", from.toString());
        }
        if (to != null) {
            query.put("au", to.toString());
        }
        query.put("tri", ListParams.sortText(sort));
        query.put("taille", Integer.toString(pageSize));
        String url = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/app/teledossiers.xhtml?" + query.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        // URL-encoded: no quote can close the script's string.
        org.primefaces.PrimeFaces.current().executeScript("history.replaceState(null, '', '" + url + "');");
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
        return window().hasNext();
    }

    public boolean isHasPrevious() {
        return window().hasPrevious();
    }

    public String getRange() {
        return window().range();
    }

    private PageWindow window() {
        return new PageWindow(page, pageSize, getPage().total());
    }

    // Exports

    public StreamedContent exportCsv() {
        dossiers.recordExport(filter(), "CSV");
        return new ListExport(dossiers, filter(), sort).csv();
    }

    public StreamedContent exportXlsx() {
        dossiers.recordExport(filter(), "XLSX");
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

}
