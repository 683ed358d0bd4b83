package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.api.ApiRequestException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Values of the contract's enumerations: an unknown one is a 400 listing the allowed values. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.strip())) {
                    return constant;
                }
            }
        }
        throw ApiRequestException.badRequest("#/" + field + ": " + value + " is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
