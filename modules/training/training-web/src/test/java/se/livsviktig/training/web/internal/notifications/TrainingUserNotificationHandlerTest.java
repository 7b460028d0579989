package se.livsviktig.training.web.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.service.ServiceContext;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;

/**
 * @author Livsviktig
 */
public class TrainingUserNotificationHandlerTest {

	@Test
	public void theBellShowsTheNoticeTitleEscapedAndLinksToMyTraining()
		throws Exception {

		TrainingUserNotificationHandler handler =
			new TrainingUserNotificationHandler();

		JSONFactory jsonFactory = mock(JSONFactory.class);
		JSONObject payload = mock(JSONObject.class);
		UserNotificationEvent userNotificationEvent = mock(
			UserNotificationEvent.class);

		when(
			userNotificationEvent.getPayload()
		).thenReturn(
			"{}"
		);
		when(
			userNotificationEvent.getCompanyId()
		).thenReturn(
			20097L
		);
		when(
			jsonFactory.createJSONObject("{}")
		).thenReturn(
			payload
		);
		when(
			payload.getString("title")
		).thenReturn(
			"Din plats är bekräftad: <MHFA & YAM>"
		);

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);
		TrainingCompanyConfiguration trainingCompanyConfiguration = mock(
			TrainingCompanyConfiguration.class);

		when(
			configurationProvider.getCompanyConfiguration(
				TrainingCompanyConfiguration.class, 20097L)
		).thenReturn(
			trainingCompanyConfiguration
		);
		when(
			trainingCompanyConfiguration.myTrainingPageURL()
		).thenReturn(
			"/web/intranet/mina-utbildningar"
		);

		Fields.set(handler, "_jsonFactory", jsonFactory);
		Fields.set(handler, "_configurationProvider", configurationProvider);

		assertEquals(
			"Din plats är bekräftad: &lt;MHFA &amp; YAM&gt;",
			handler.getBody(userNotificationEvent, new ServiceContext()));
		assertEquals(
			"/web/intranet/mina-utbildningar",
			handler.getLink(userNotificationEvent, new ServiceContext()));
	}

}
