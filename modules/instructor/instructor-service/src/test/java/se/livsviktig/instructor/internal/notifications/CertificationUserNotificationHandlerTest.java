package se.livsviktig.instructor.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A certification's bell entry reads in the reader's language, Swedish or English, and its values are text.
 *
 * @author Livsviktig
 */
public class CertificationUserNotificationHandlerTest {

	@BeforeEach
	public void setUp() throws Exception {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen <img src=x onerror=alert(1)>"
		);
		when(
			trainingMethod.getName(Locale.US)
		).thenReturn(
			"MHFA Adult"
		);

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		when(
			_userNotificationEvent.getPayload()
		).thenReturn(
			"{payload}"
		);
		when(
			_jsonFactory.createJSONObject("{payload}")
		).thenReturn(
			_payloadJSONObject
		);
		when(
			_payloadJSONObject.getLong("trainingMethodId")
		).thenReturn(
			_METHOD_ID
		);
		when(
			_payloadJSONObject.getString("validUntil")
		).thenReturn(
			"2027-04-01"
		);

		Fields.set(_handler, "_jsonFactory", _jsonFactory);
		Fields.set(
			_handler, "_trainingMethodLocalService",
			trainingMethodLocalService);
	}

	@Test
	public void aSwedishReaderSeesTheReminderInSwedishAndEscaped()
		throws Exception {

		when(
			_payloadJSONObject.getString("noticeKind")
		).thenReturn(
			"expiry-90"
		);

		assertEquals(
			"Din instruktörsbehörighet för MHFA Vuxen &lt;img src=x " +
				"onerror=alert(1)&gt; gäller till 1 april 2027",
			_handler.getBody(_userNotificationEvent, _readingIn(_SWEDISH)));
	}

	@Test
	public void anEnglishReaderSeesTheLapseInEnglish() throws Exception {
		when(
			_payloadJSONObject.getString("noticeKind")
		).thenReturn(
			"lapsed"
		);

		assertEquals(
			"Your instructor certification for MHFA Adult has expired",
			_handler.getBody(_userNotificationEvent, _readingIn(Locale.US)));
	}

	@Test
	public void aSwedishReaderSeesTheLapseInSwedish() throws Exception {
		when(
			_payloadJSONObject.getString("noticeKind")
		).thenReturn(
			"lapsed"
		);

		assertEquals(
			"Din instruktörsbehörighet för MHFA Vuxen &lt;img src=x " +
				"onerror=alert(1)&gt; har gått ut",
			_handler.getBody(_userNotificationEvent, _readingIn(_SWEDISH)));
	}

	@Test
	public void aSwedishReaderAtRiskSeesWhatToLeadByWhenEscaped()
		throws Exception {

		when(
			_payloadJSONObject.getString("noticeKind")
		).thenReturn(
			"standing-at-risk-40001-2027-03-12"
		);
		when(
			_payloadJSONObject.getString("deadline")
		).thenReturn(
			"2027-03-12"
		);
		when(
			_payloadJSONObject.getInt("sessionsStillNeeded")
		).thenReturn(
			1
		);

		assertEquals(
			"Du behöver leda 1 kurstillfälle i MHFA Vuxen &lt;img src=x " +
				"onerror=alert(1)&gt; senast 12 mars 2027 för att behålla " +
					"din instruktörslicens",
			_handler.getBody(_userNotificationEvent, _readingIn(_SWEDISH)));
	}

	@Test
	public void anEnglishReaderSeesTheLicenceLapseOfAnOpenEndedCertification()
		throws Exception {

		when(
			_payloadJSONObject.getString("noticeKind")
		).thenReturn(
			"standing-lapsed-40001-2027-03-12"
		);
		when(
			_payloadJSONObject.getString("validUntil")
		).thenReturn(
			""
		);
		when(
			_payloadJSONObject.getInt("sessionsStillNeeded")
		).thenReturn(
			2
		);

		assertEquals(
			"Your instructor licence for MHFA Adult has lapsed",
			_handler.getBody(_userNotificationEvent, _readingIn(Locale.US)));
	}

	private static ServiceContext _readingIn(Locale locale) {
		ServiceContext serviceContext = mock(ServiceContext.class);

		when(
			serviceContext.getLocale()
		).thenReturn(
			locale
		);

		return serviceContext;
	}

	private static final long _METHOD_ID = 40001;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final CertificationUserNotificationHandler _handler =
		new CertificationUserNotificationHandler();
	private final JSONFactory _jsonFactory = mock(JSONFactory.class);
	private final JSONObject _payloadJSONObject = mock(JSONObject.class);
	private final UserNotificationEvent _userNotificationEvent = mock(
		UserNotificationEvent.class);

}
