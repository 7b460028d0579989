package se.livsviktig.training.web.internal.notifications;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.HtmlUtil;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * Shows the training app's notices under the portal's bell: the notice's title as it was written for the
 * recipient, escaped, linking to the "My training" page when the company has one.
 *
 * @author Livsviktig
 */
@Component(
	property = "javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
	service = UserNotificationHandler.class
)
public class TrainingUserNotificationHandler
	extends BaseUserNotificationHandler {

	public TrainingUserNotificationHandler() {
		setPortletId(TrainingPortletKeys.COURSE_CATALOG);
	}

	@Override
	protected String getBody(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		JSONObject payloadJSONObject = _jsonFactory.createJSONObject(
			userNotificationEvent.getPayload());

		return HtmlUtil.escape(payloadJSONObject.getString("title"));
	}

	@Override
	protected String getLink(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		TrainingCompanyConfiguration trainingCompanyConfiguration =
			_configurationProvider.getCompanyConfiguration(
				TrainingCompanyConfiguration.class,
				userNotificationEvent.getCompanyId());

		return trainingCompanyConfiguration.myTrainingPageURL();
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private JSONFactory _jsonFactory;

}
