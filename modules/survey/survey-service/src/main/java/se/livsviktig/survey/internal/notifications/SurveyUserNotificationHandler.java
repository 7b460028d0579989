package se.livsviktig.survey.internal.notifications;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.StringUtil;

import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyLocalService;

/**
 * Shows survey invitations and reminders under the portal's bell, worded in the reader's language when they read
 * it (the entry holds facts, not text), escaped: a survey title is text, never markup. The entry links to the
 * company's "Mina enkäter" page when one is set.
 *
 * @author Livsviktig
 */
@Component(
	property = "javax.portlet.name=" + SurveyNotificationTypes.PORTLET_ID,
	service = UserNotificationHandler.class
)
public class SurveyUserNotificationHandler extends BaseUserNotificationHandler {

	public SurveyUserNotificationHandler() {
		setPortletId(SurveyNotificationTypes.PORTLET_ID);
	}

	@Override
	protected String getBody(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		JSONObject payloadJSONObject = _jsonFactory.createJSONObject(
			userNotificationEvent.getPayload());

		Survey survey = _surveyLocalService.fetchSurvey(
			payloadJSONObject.getLong("surveyId"));

		if (survey == null) {
			return null;
		}

		Locale locale = serviceContext.getLocale();

		String key = "survey-invitation-subject";

		if (payloadJSONObject.getBoolean("reminder")) {
			key = "survey-reminder-subject";
		}

		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			"content.Language", locale, SurveyUserNotificationHandler.class);

		return HtmlUtil.escape(
			StringUtil.replace(
				resourceBundle.getString(key), "[$SURVEY$]",
				survey.getTitle(locale)));
	}

	@Override
	protected String getLink(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		SurveyCompanyConfiguration surveyCompanyConfiguration =
			_configurationProvider.getCompanyConfiguration(
				SurveyCompanyConfiguration.class,
				userNotificationEvent.getCompanyId());

		return surveyCompanyConfiguration.mySurveysURL();
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private SurveyLocalService _surveyLocalService;

}
