package fr.gouv.hubee.application.dossier;

import java.util.List;

/** A page of the list and the total count of the same filters. */
public record DossierPage(List<DossierSummary> rows, long total) {
}
