package fr.gouv.hubee.interfaces.web.dossiers;

import fr.gouv.hubee.domain.model.dossier.PortalStatus;
import fr.gouv.hubee.infrastructure.persistence.DossierSort;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The list's filters as a link can carry them (a bookmark, a link in a mail):
 * {@code teledossiers.xhtml?statut=EN_COURS&demarche=EtatCivil&du=2026-01-01&au=2026-03-31&tri=modification-desc&taille=50}.
 * A value that cannot be read is left out and said so, never half-applied.
 */
public class ListParams implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, DossierSort> SORTS = Map.of("transmission-desc", DossierSort.TRANSMITTED_DESC,
            "transmission-asc", DossierSort.TRANSMITTED_ASC, "modification-desc", DossierSort.UPDATED_DESC,
            "modification-asc", DossierSort.UPDATED_ASC);

    /** The link's word for a sort (« tri »), the inverse of what {@link #sort()} reads. */
    static String sortText(DossierSort sort) {
        return SORTS.entrySet().stream().filter(e -> e.getValue() == sort).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private String statusText;
    private String procedure;
    private String fromText;
    private String toText;
    private String sortText;
    private String sizeText;
    private boolean invalid;

    /** Whether the link names a tab (« statut »), readable or not. */
    public boolean namesStatus() {
        return statusText != null;
    }

    /** The tab the link names (null: « TOUS »), or {@code current} when it names none or an unknown one. */
    public PortalStatus status(PortalStatus current) {
        if (statusText == null) {
            return current;
        }
        if ("TOUS".equals(statusText)) {
            return null;
        }
        try {
            return PortalStatus.valueOf(statusText);
        } catch (IllegalArgumentException e) {
            invalid = true;
            return current;
        }
    }

    /** The démarche of the link, found by its code among those the caller may see. */
    public <T> Optional<T> procedure(Function<String, Optional<T>> byCode) {
        if (procedure == null || procedure.isBlank()) {
            return Optional.empty();
        }
        Optional<T> found = byCode.apply(procedure);
        invalid |= found.isEmpty();
        return found;
    }

    public Optional<LocalDate> from() {
        return day(fromText);
    }

    public Optional<LocalDate> to() {
        return day(toText);
    }

    public Optional<DossierSort> sort() {
        if (sortText == null) {
            return Optional.empty();
        }
        DossierSort sort = SORTS.get(sortText);
        invalid |= sort == null;
        return Optional.ofNullable(sort);
    }

    /** The page size of the link, if it is one of those the list offers. */
    public Optional<Integer> pageSize(Collection<Integer> offered) {
        if (sizeText == null) {
            return Optional.empty();
        }
        try {
            Integer size = Integer.valueOf(sizeText);
            invalid |= !offered.contains(size);
            return Optional.of(size).filter(offered::contains);
        } catch (NumberFormatException e) {
            invalid = true;
            return Optional.empty();
        }
    }

    /** Whether a value of the link was ignored (after the reads above). */
    public boolean invalid() {
        return invalid;
    }

    private Optional<LocalDate> day(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            invalid = true;
            return Optional.empty();
        }
    }

    public String getStatusText() {
        return statusText;
    }

    public void setStatusText(String statusText) {
        this.statusText = statusText;
    }

    public String getProcedure() {
        return procedure;
    }

    public void setProcedure(String procedure) {
        this.procedure = procedure;
    }

    public String getFromText() {
        return fromText;
    }

    public void setFromText(String fromText) {
        this.fromText = fromText;
    }

    public String getToText() {
        return toText;
    }

    public void setToText(String toText) {
        this.toText = toText;
    }

    public String getSortText() {
        return sortText;
    }

    public void setSortText(String sortText) {
        this.sortText = sortText;
    }

    public String getSizeText() {
        return sizeText;
    }

    public void setSizeText(String sizeText) {
        this.sizeText = sizeText;
    }
}
