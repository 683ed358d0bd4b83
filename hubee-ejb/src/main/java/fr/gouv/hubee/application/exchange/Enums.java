package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.domain.model.dossier.CaseStatus;
import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Values of the contract's enumerations: an unknown one is a 400 listing the allowed values. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        return parse(List.of(type.getEnumConstants()), value, field);
    }

    /** One of {@code accepted}, in the contract's order (a case status: not the hub's own HUBEE_RECEIVED). */
    static <E extends Enum<E>> E parse(List<E> accepted, String value, String field) {
        if (value != null) {
            for (E constant : accepted) {
                if (constant.name().equals(value.strip())) {
                    return constant;
                }
            }
        }
        throw BusinessRuleException.invalid("#/" + field + ": " + value + " is not one of "
                + accepted.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** The case statuses of the contract (Case.status), in its order. */
    static final List<CaseStatus> CASE_STATUSES = Arrays.stream(CaseStatus.values())
            .filter(s -> s != CaseStatus.HUBEE_RECEIVED).toList();
}
