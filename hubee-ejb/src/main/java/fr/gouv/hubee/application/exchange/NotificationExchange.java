package fr.gouv.hubee.application.exchange;

import fr.gouv.hubee.application.AccessDeniedException;
import fr.gouv.hubee.application.NotFoundException;
import fr.gouv.hubee.application.api.ApiCaller;
import fr.gouv.hubee.application.api.ApiRoles;
import fr.gouv.hubee.application.api.CurrentApiCaller;
import fr.gouv.hubee.application.exchange.ExchangeViews.DetailedNotificationView;
import fr.gouv.hubee.domain.model.event.Notification;
import fr.gouv.hubee.infrastructure.persistence.NotificationRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * /notifications: what awaits the caller, oldest first, the démarches of {@code processPriority}
 * before the others; an SI token reads its subscription's démarche only. With
 * {@code eventDetails} each carries its event's type and <em>current</em> status.
 */
@Stateless
@RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.DATAPASS, ApiRoles.ADMIN})
public class NotificationExchange {

    public static final int DEFAULT_MAX = 25;
    public static final int LIMIT = 1000;

    @Inject
    CurrentApiCaller callers;

    @Inject
    NotificationRepository notifications;

    /** The caller's notifications with their event details; the web module leaves them out unless asked. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public List<DetailedNotificationView> list(int maxResult, List<String> processCodes,
                                               List<String> priorities) {
        ApiCaller caller = callers.get();
        if (caller.organizationId() == null) {
            return List.of();
        }
        int max = Math.max(1, Math.min(maxResult, LIMIT));
        List<Object[]> rows = new ArrayList<>();
        if (!priorities.isEmpty()) {
            rows.addAll(notifications.notifications(caller.organizationId(), caller.procedureId(), processCodes,
                    priorities, false, max));
        }
        if (rows.size() < max) {
            rows.addAll(notifications.notifications(caller.organizationId(), caller.procedureId(), processCodes,
                    priorities, true, max - rows.size()));
        }
        return rows.stream().map(NotificationExchange::view).toList();
    }

    private static DetailedNotificationView view(Object[] r) {
        return new DetailedNotificationView(NativeValues.uuid(r[0]),
                new OrganizationId(NativeValues.text(r[1]), NativeValues.text(r[2]), NativeValues.text(r[3])),
                new OrganizationId(NativeValues.text(r[4]), NativeValues.text(r[5]), NativeValues.text(r[6])),
                NativeValues.text(r[7]), NativeValues.uuid(r[8]), NativeValues.uuid(r[9]), NativeValues.instant(r[10]),
                NativeValues.text(r[11]), NativeValues.text(r[12]));
    }

    /** DELETE /notifications/{id}: the caller handled it. */
    @RolesAllowed({ApiRoles.OSL, ApiRoles.SI, ApiRoles.ADMIN})
    public void delete(UUID notificationId) {
        ApiCaller caller = callers.get();
        Notification notification = notifications.find(notificationId)
                .orElseThrow(() -> new NotFoundException("notification", "Notification is not found"));
        boolean mine = notification.getRecipient().getId().equals(caller.organizationId())
                && (caller.procedureId() == null || notification.getProcedure().getId().equals(caller.procedureId()));
        if (!mine) {
            throw new AccessDeniedException("Unauthorized user");
        }
        notifications.remove(notification);
    }
}
