package fr.gouv.hubee.infrastructure.persistence;

/** The list's sorts (guide §4.1.3). */
public enum DossierSort {
    TRANSMITTED_DESC("d.transmittedAt desc"),
    TRANSMITTED_ASC("d.transmittedAt asc"),
    UPDATED_DESC("d.updatedAt desc"),
    UPDATED_ASC("d.updatedAt asc");

    private final String orderBy;

    DossierSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
