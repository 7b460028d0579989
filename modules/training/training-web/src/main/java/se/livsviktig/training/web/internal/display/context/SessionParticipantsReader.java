package se.livsviktig.training.web.internal.display.context;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.export.ParticipantTable;

/**
 * Reads a session's participants through the remote service (which asks for VIEW_PARTICIPANTS), in the
 * session's queue order, for the participants page and its exports alike.
 *
 * @author Livsviktig
 */
public class SessionParticipantsReader {

	public static final int[] ALL_STATUSES = {
		RegistrationConstants.STATUS_PENDING_APPROVAL,
		RegistrationConstants.STATUS_CONFIRMED,
		RegistrationConstants.STATUS_WAITLISTED,
		RegistrationConstants.STATUS_OFFERED,
		RegistrationConstants.STATUS_CANCELLED,
		RegistrationConstants.STATUS_DECLINED,
		RegistrationConstants.STATUS_EXPIRED,
		RegistrationConstants.STATUS_COMPLETED,
		RegistrationConstants.STATUS_NOT_COMPLETED,
		RegistrationConstants.STATUS_NO_SHOW
	};

	public static final String STATUS_KEY_PREFIX = "registration-status-";

	public SessionParticipantsReader(
		RegistrationService registrationService,
		UserLocalService userLocalService,
		OrganizationLocalService organizationLocalService, Locale locale,
		ZoneId zoneId) {

		_registrationService = registrationService;
		_userLocalService = userLocalService;
		_organizationLocalService = organizationLocalService;
		_locale = locale;
		_zoneId = zoneId;
	}

	public List<AdminSessionParticipant> read(long courseSessionId)
		throws PortalException {

		List<AdminSessionParticipant> sessionParticipants = new ArrayList<>();

		int waitlistPosition = 0;

		for (Registration registration :
				_registrationService.getCourseSessionRegistrations(
					courseSessionId, ALL_STATUSES, QueryUtil.ALL_POS,
					QueryUtil.ALL_POS)) {

			int position = 0;

			if (registration.getStatus() ==
					RegistrationConstants.STATUS_WAITLISTED) {

				position = ++waitlistPosition;
			}

			User user = _userLocalService.fetchUser(registration.getUserId());

			sessionParticipants.add(
				new AdminSessionParticipant(
					registration.getRegistrationId(),
					registration.getUserName(),
					(user == null) ? StringPool.BLANK : user.getEmailAddress(),
					_getOrganizationName(registration.getOrganizationId()),
					registration.getStatus(),
					STATUS_KEY_PREFIX +
						RegistrationConstants.getStatusLabel(
							registration.getStatus()),
					position, format(registration.getCreateDate()),
					format(registration.getHoldExpirationDate()),
					registration.getMotivation(),
					registration.getDietaryNeeds(),
					registration.getCancellationReason()));
		}

		return sessionParticipants;
	}

	/**
	 * The participants as a table to export, with the column headers in the reader's language.
	 */
	public ParticipantTable toParticipantTable(
		String title, List<AdminSessionParticipant> sessionParticipants) {

		List<String> headers = new ArrayList<>();

		for (String key : _EXPORT_HEADER_KEYS) {
			headers.add(LanguageUtil.get(_locale, key));
		}

		ParticipantTable participantTable = new ParticipantTable(
			title, headers);

		for (AdminSessionParticipant sessionParticipant : sessionParticipants) {
			participantTable.addRow(
				Arrays.asList(
					sessionParticipant.getName(),
					sessionParticipant.getEmailAddress(),
					sessionParticipant.getOrganizationName(),
					LanguageUtil.get(
						_locale, sessionParticipant.getStatusKey()),
					(sessionParticipant.getWaitlistPosition() > 0) ?
						String.valueOf(
							sessionParticipant.getWaitlistPosition()) :
								StringPool.BLANK,
					sessionParticipant.getRegisteredDate(),
					_blankIfNull(sessionParticipant.getDietaryNeeds()),
					_blankIfNull(sessionParticipant.getMotivation()),
					_blankIfNull(sessionParticipant.getCancellationReason())));
		}

		return participantTable;
	}

	protected String format(Date date) {
		if (date == null) {
			return StringPool.BLANK;
		}

		ZonedDateTime zonedDateTime = ZonedDateTime.ofInstant(
			date.toInstant(), _zoneId);

		return DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			_locale
		).format(
			zonedDateTime
		) + " " +
			DateTimeFormatter.ofPattern(
				"HH:mm", _locale
			).format(
				zonedDateTime
			);
	}

	private String _blankIfNull(String value) {
		if (value == null) {
			return StringPool.BLANK;
		}

		return value;
	}

	private String _getOrganizationName(long organizationId) {
		if (organizationId <= 0) {
			return StringPool.BLANK;
		}

		Organization organization = _organizations.computeIfAbsent(
			organizationId, _organizationLocalService::fetchOrganization);

		if (organization == null) {
			return StringPool.BLANK;
		}

		return organization.getName();
	}

	private static final String[] _EXPORT_HEADER_KEYS = {
		"name", "email-address", "organization", "status", "place-in-line",
		"registered", "dietary-needs", "motivation", "cancellation-reason"
	};

	private final Locale _locale;
	private final OrganizationLocalService _organizationLocalService;
	private final Map<Long, Organization> _organizations = new HashMap<>();
	private final RegistrationService _registrationService;
	private final UserLocalService _userLocalService;
	private final ZoneId _zoneId;

}
