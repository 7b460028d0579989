package se.livsviktig.instructor.internal.notice;

import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import java.time.Instant;

import java.util.Date;

import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;

/**
 * The bell entry goes to the holder under the instructor app's type and carries facts, which the handler words in
 * the reader's language.
 *
 * @author Livsviktig
 */
public class BellCertificationNoticeDeliveryTest {

	@Test
	public void theHolderGetsABellEntryWithTheKindMethodAndTheirValidUntilDate()
		throws Exception {

		User holder = mock(User.class);

		when(
			holder.getUserId()
		).thenReturn(
			Certifications.HOLDER_USER_ID
		);
		when(
			holder.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.getUser(Certifications.HOLDER_USER_ID)
		).thenReturn(
			holder
		);

		JSONObject payloadJSONObject = mock(JSONObject.class, RETURNS_SELF);
		JSONFactory jsonFactory = mock(JSONFactory.class);

		when(
			jsonFactory.createJSONObject()
		).thenReturn(
			payloadJSONObject
		);

		UserNotificationEventLocalService userNotificationEventLocalService =
			mock(UserNotificationEventLocalService.class);

		BellCertificationNoticeDelivery delivery =
			new BellCertificationNoticeDelivery();

		Fields.set(delivery, "_jsonFactory", jsonFactory);
		Fields.set(delivery, "_userLocalService", userLocalService);
		Fields.set(
			delivery, "_userNotificationEventLocalService",
			userNotificationEventLocalService);

		delivery.deliver(
			new CertificationNotice(
				Certifications.active(
					7, Instant.parse("2024-03-31T22:00:00Z"),
					Instant.parse("2027-03-31T22:00:00Z")),
				"expiry-30"));

		verify(
			payloadJSONObject
		).put(
			"certificationId", 7L
		);
		verify(
			payloadJSONObject
		).put(
			"noticeKind", "expiry-30"
		);
		verify(
			payloadJSONObject
		).put(
			"trainingMethodId", Certifications.METHOD_ID
		);
		verify(
			payloadJSONObject
		).put(
			"validUntil", "2027-04-01"
		);
		verify(
			userNotificationEventLocalService
		).sendUserNotificationEvents(
			Certifications.HOLDER_USER_ID, CertificationNoticeKinds.PORTLET_ID,
			UserNotificationDeliveryConstants.TYPE_WEBSITE, payloadJSONObject
		);
	}

	@Test
	public void aStandingEntryCarriesTheDeadlineAndTheSessionsStillNeeded()
		throws Exception {

		User holder = mock(User.class);

		when(
			holder.getUserId()
		).thenReturn(
			Certifications.HOLDER_USER_ID
		);
		when(
			holder.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.getUser(Certifications.HOLDER_USER_ID)
		).thenReturn(
			holder
		);

		JSONObject payloadJSONObject = mock(JSONObject.class, RETURNS_SELF);
		JSONFactory jsonFactory = mock(JSONFactory.class);

		when(
			jsonFactory.createJSONObject()
		).thenReturn(
			payloadJSONObject
		);

		BellCertificationNoticeDelivery delivery =
			new BellCertificationNoticeDelivery();

		Fields.set(delivery, "_jsonFactory", jsonFactory);
		Fields.set(delivery, "_userLocalService", userLocalService);
		Fields.set(
			delivery, "_userNotificationEventLocalService",
			mock(UserNotificationEventLocalService.class));

		// An open-ended certification: no valid-until date to put

		delivery.deliver(
			new CertificationNotice(
				Certifications.active(
					7, Instant.parse("2024-03-31T22:00:00Z"), null),
				"standing-at-risk-40001-2027-03-12",
				Date.from(Instant.parse("2027-03-12T00:00:00Z")), 2));

		verify(
			payloadJSONObject
		).put(
			"validUntil", ""
		);
		verify(
			payloadJSONObject
		).put(
			"deadline", "2027-03-12"
		);
		verify(
			payloadJSONObject
		).put(
			"sessionsStillNeeded", 2
		);
	}

}
