package fr.gouv.hubee.application.user;

import java.util.List;

/** A page of the organisation's users and the total under the same filters. */
public record UserPage(List<UserSummary> rows, long total) {
}
