package se.livsviktig.careprogram.service.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import java.time.Instant;

import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;
import se.livsviktig.platform.test.support.Fields;

/**
 * The e-mail and the bell name the due day the badge names: the day in the company's time zone, not the
 * recipient's. A review due on 1 August in Stockholm falls due at 22:00 UTC on 31 July; a recipient whose own
 * zone is UTC must still read "1 August 2026".
 *
 * @author Livsviktig
 */
public class ReviewNoticeDueDayTest {

	@BeforeEach
	public void setUp() throws Exception {
		Company company = mock(Company.class);

		when(
			company.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_companyLocalService.getCompany(_COMPANY_ID)
		).thenReturn(
			company
		);

		when(
			_recipient.getUserId()
		).thenReturn(
			_RECIPIENT_USER_ID
		);
		when(
			_recipient.getLocale()
		).thenReturn(
			Locale.UK
		);
		when(
			_recipient.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("UTC")
		);
		when(
			_recipient.getFullName()
		).thenReturn(
			"Ulla Utc"
		);
		when(
			_userLocalService.getUser(_RECIPIENT_USER_ID)
		).thenReturn(
			_recipient
		);
	}

	@Test
	public void theBellCarriesTheCompanysDueDay() throws Exception {
		BellReviewNoticeDelivery bellReviewNoticeDelivery =
			new BellReviewNoticeDelivery();

		JSONObject payloadJSONObject = mock(JSONObject.class, RETURNS_SELF);

		JSONFactory jsonFactory = mock(JSONFactory.class);

		when(
			jsonFactory.createJSONObject()
		).thenReturn(
			payloadJSONObject
		);

		Fields.set(
			bellReviewNoticeDelivery, "_companyLocalService",
			_companyLocalService);
		Fields.set(bellReviewNoticeDelivery, "_jsonFactory", jsonFactory);
		Fields.set(
			bellReviewNoticeDelivery, "_userLocalService", _userLocalService);
		Fields.set(
			bellReviewNoticeDelivery, "_userNotificationEventLocalService",
			mock(UserNotificationEventLocalService.class));

		bellReviewNoticeDelivery.deliver(_notice());

		verify(
			payloadJSONObject
		).put(
			"dueDay", "2026-08-01"
		);
	}

	@Test
	public void theEmailNamesTheCompanysDueDay() throws Exception {
		EmailReviewNoticeDelivery emailReviewNoticeDelivery =
			new EmailReviewNoticeDelivery();

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(
				CareProgramCompanyConfiguration.class, _COMPANY_ID)
		).thenReturn(
			mock(CareProgramCompanyConfiguration.class)
		);

		ReviewedTextNames reviewedTextNames = mock(ReviewedTextNames.class);

		when(
			reviewedTextNames.getName(anyLong(), anyLong(), any(Locale.class))
		).thenReturn(
			"Adhd"
		);

		Fields.set(
			emailReviewNoticeDelivery, "_companyLocalService",
			_companyLocalService);
		Fields.set(
			emailReviewNoticeDelivery, "_configurationProvider",
			configurationProvider);
		Fields.set(
			emailReviewNoticeDelivery, "_reviewedTextNames", reviewedTextNames);

		emailReviewNoticeDelivery._reviewNoticeTexts = new ReviewNoticeTexts(
			locale -> _DUE_DATE_ONLY);

		ReviewNoticeEmail reviewNoticeEmail = emailReviewNoticeDelivery.compose(
			_notice(), _recipient);

		assertEquals("1 August 2026", reviewNoticeEmail.getSubject());
	}

	private OutgoingReviewNotice _notice() {
		return new OutgoingReviewNotice(
			_COMPANY_ID, 20L, 30L, 40L,
			Date.from(Instant.parse("2026-07-31T22:00:00Z")),
			new PlannedReviewNotice(
				ReviewNoticeKind.DUE, _RECIPIENT_USER_ID, "2026-08-01"));
	}

	private static final long _COMPANY_ID = 10L;

	/**
	 * Every text is only the due day, so the subject shows exactly the day that was put in.
	 */
	private static final ResourceBundle _DUE_DATE_ONLY = new ResourceBundle() {

		@Override
		public Enumeration<String> getKeys() {
			return Collections.emptyEnumeration();
		}

		@Override
		protected Object handleGetObject(String key) {
			return "[$DUE_DATE$]";
		}

	};

	private static final long _RECIPIENT_USER_ID = 50L;

	private final CompanyLocalService _companyLocalService = mock(
		CompanyLocalService.class);
	private final User _recipient = mock(User.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
