package fr.gouv.hubee.domain.model.user;

/** Civilité: Madame, Monsieur (labels in the resource bundle). */
public enum Civility {
    MME, M
}
