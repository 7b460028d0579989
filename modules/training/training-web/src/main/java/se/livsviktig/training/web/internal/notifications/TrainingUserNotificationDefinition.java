package se.livsviktig.training.web.internal.notifications;

import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.notifications.UserNotificationDefinition;
import com.liferay.portal.kernel.notifications.UserNotificationDeliveryType;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * Lists the training notices in each person's notification settings, delivered to the bell.
 *
 * @author Livsviktig
 */
@Component(
	property = "javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
	service = UserNotificationDefinition.class
)
public class TrainingUserNotificationDefinition
	extends UserNotificationDefinition {

	public TrainingUserNotificationDefinition() {
		super(
			TrainingPortletKeys.COURSE_CATALOG, 0,
			NOTIFICATION_TYPE_UPDATE_ENTRY,
			"receive-a-notification-about-your-training");

		addUserNotificationDeliveryType(
			new UserNotificationDeliveryType(
				"website", UserNotificationDeliveryConstants.TYPE_WEBSITE, true,
				true));
	}

}
