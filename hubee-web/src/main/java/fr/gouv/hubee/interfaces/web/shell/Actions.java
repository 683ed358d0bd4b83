package fr.gouv.hubee.interfaces.web.shell;

import fr.gouv.hubee.domain.model.shared.BusinessRuleException;
import fr.gouv.hubee.interfaces.web.security.Messages;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one way a page runs a use case: a broken rule becomes its French message on the page
 * (resource bundle key of the {@link BusinessRuleException}) and the bean carries on; anything
 * else — refusal, unknown object, failure — goes to OmniFaces' error pages.
 */
public final class Actions {

    private Actions() {
    }

    /** Runs the action; whether it went through (else its rule's message is shown). */
    public static boolean attempt(Runnable action) {
        return attempt(action, refusal -> Messages.error(refusal.getMessageKey()));
    }

    /** Runs the action; a broken rule is handed to {@code onRefusal} (which shows its message). */
    public static boolean attempt(Runnable action, Consumer<BusinessRuleException> onRefusal) {
        try {
            action.run();
            return true;
        } catch (BusinessRuleException refusal) {
            onRefusal.accept(refusal);
            return false;
        }
    }

    /** Runs the action for its result; empty when a rule refused it (its message is shown). */
    public static <T> Optional<T> result(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (BusinessRuleException refusal) {
            Messages.error(refusal.getMessageKey());
            return Optional.empty();
        }
    }
}
