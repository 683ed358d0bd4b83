package fr.gouv.hubee.application.referential;

import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The orderBy of the referential's lists: one of the contract's column names, bare (organizations,
 * processes: {@code company_register}) or as {@code asc(column)} / {@code desc(column)}
 * (subscriptions). Anything else is a 400 listing the columns.
 */
public record ReferentialOrder(String path, boolean descending) {

    private static final Pattern FORM = Pattern.compile("(?:(asc|desc)\\((\\w+)\\)|(\\w+))");

    /** {@code columns}: contract column → JPQL path; {@code byDefault}: the path when none is asked. */
    public static ReferentialOrder parse(String orderBy, Map<String, String> columns, String byDefault) {
        if (orderBy == null || orderBy.isBlank()) {
            return new ReferentialOrder(byDefault, false);
        }
        Matcher m = FORM.matcher(orderBy.strip());
        String column = m.matches() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
        if (column == null || !columns.containsKey(column)) {
            throw BusinessRuleException.invalid("orderBy must be a column, asc(column) or desc(column), the column one of "
                    + String.join(",", columns.keySet().stream().sorted().toList()));
        }
        return new ReferentialOrder(columns.get(column), "desc".equals(m.group(1)));
    }
}
