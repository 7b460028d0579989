package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Turns certifications into the rows the pages show, looking each holder and method up once per page. An
 * archived method keeps its name (the local service reads it whatever its status: the certification, already
 * visible to the reader, names it).
 *
 * @author Livsviktig
 */
public class CertificationRows {

	public CertificationRows(
		UserLocalService userLocalService,
		TrainingMethodLocalService trainingMethodLocalService, Locale locale,
		ZoneId zoneId) {

		_userLocalService = userLocalService;
		_trainingMethodLocalService = trainingMethodLocalService;
		_locale = locale;
		_zoneId = zoneId;

		_dateTimeFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		);
	}

	public String formatDate(Date date) {
		if (date == null) {
			return null;
		}

		return _dateTimeFormatter.format(date.toInstant().atZone(_zoneId));
	}

	public CertificationRow toRow(Certification certification) {
		return new CertificationRow(
			certification.getCertificationId(),
			certification.getHolderUserId(),
			_holderName(certification.getHolderUserId()),
			_trainingMethodName(certification.getTrainingMethodId()),
			formatDate(certification.getCertifiedDate()),
			formatDate(certification.getValidUntil()),
			certification.getIssuer(), certification.getNumber(),
			certification.getState(),
			stateLabelKey(certification.getState()),
			Objects.toString(certification.getStateReason(), ""),
			certification.getRenewedCertificationId() > 0);
	}

	public List<CertificationRow> toRows(List<Certification> certifications) {
		List<CertificationRow> rows = new ArrayList<>(certifications.size());

		for (Certification certification : certifications) {
			rows.add(toRow(certification));
		}

		return rows;
	}

	/**
	 * @return the method's name in the reader's language, looked up once per page; empty when it no longer
	 *         exists
	 */
	public String trainingMethodName(long trainingMethodId) {
		return _trainingMethodName(trainingMethodId);
	}

	public static String stateLabelKey(int state) {
		if (state == CertificationConstants.STATE_ACTIVE) {
			return "certification-state-active";
		}

		if (state == CertificationConstants.STATE_LAPSED) {
			return "certification-state-lapsed";
		}

		if (state == CertificationConstants.STATE_REVOKED) {
			return "certification-state-revoked";
		}

		return "certification-state-unknown";
	}

	private String _holderName(long holderUserId) {
		return _holderNames.computeIfAbsent(
			holderUserId,
			userId -> {
				User user = _userLocalService.fetchUser(userId);

				if (user == null) {
					return null;
				}

				return user.getFullName();
			});
	}

	private String _trainingMethodName(long trainingMethodId) {
		return _trainingMethodNames.computeIfAbsent(
			trainingMethodId,
			id -> {
				TrainingMethod trainingMethod =
					_trainingMethodLocalService.fetchTrainingMethod(id);

				if (trainingMethod == null) {
					return "";
				}

				return trainingMethod.getName(_locale);
			});
	}

	private final DateTimeFormatter _dateTimeFormatter;
	private final Map<Long, String> _holderNames = new HashMap<>();
	private final Locale _locale;
	private final TrainingMethodLocalService _trainingMethodLocalService;
	private final Map<Long, String> _trainingMethodNames = new HashMap<>();
	private final UserLocalService _userLocalService;
	private final ZoneId _zoneId;

}
