package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.UpcomingTraining;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * Reads a unit's training for the page and its exports alike, so an export holds exactly what the page lists:
 * the remote service checks that the reader may see the unit and answers from one query; the methods' names
 * come from one read of the company's methods.
 *
 * @author Livsviktig
 */
public class UnitTrainingReader {

	public UnitTrainingReader(
		RegistrationService registrationService,
		TrainingMethodService trainingMethodService, long companyGroupId,
		Locale locale, ZoneId zoneId) {

		_registrationService = registrationService;
		_trainingMethodService = trainingMethodService;
		_companyGroupId = companyGroupId;
		_locale = locale;
		_zoneId = zoneId;
	}

	/**
	 * @return the company's methods, by id, in the service's order
	 */
	public Map<Long, TrainingMethod> getTrainingMethods() {
		if (_trainingMethods != null) {
			return _trainingMethods;
		}

		Map<Long, TrainingMethod> trainingMethods = new LinkedHashMap<>();

		for (TrainingMethod trainingMethod :
				_trainingMethodService.searchTrainingMethods(
					_companyGroupId, null, WorkflowConstants.STATUS_ANY,
					QueryUtil.ALL_POS, QueryUtil.ALL_POS, null)) {

			trainingMethods.put(
				trainingMethod.getTrainingMethodId(), trainingMethod);
		}

		_trainingMethods = trainingMethods;

		return _trainingMethods;
	}

	/**
	 * @throws PortalException a PrincipalException when the reader may not see the unit's training
	 */
	public List<UnitTrainingRow> read(
			long organizationId, long trainingMethodId)
		throws PortalException {

		List<UnitTrainingRow> rows = new ArrayList<>();

		for (MemberTraining memberTraining :
				_registrationService.getUnitTraining(
					organizationId, trainingMethodId)) {

			rows.add(_toRow(memberTraining));
		}

		return rows;
	}

	/**
	 * @return the Language key that says what is coming
	 */
	public static String getUpcomingKey(UpcomingTraining upcomingTraining) {
		switch (upcomingTraining) {
			case BOOKED:
				return "upcoming-booked";
			case PENDING_APPROVAL:
				return "upcoming-pending-approval";
			case WAITLISTED:
				return "upcoming-on-the-waitlist";
			default:
				return "upcoming-nothing";
		}
	}

	private String _format(Date date) {
		if (date == null) {
			return "";
		}

		return DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			_locale
		).format(
			date.toInstant(
			).atZone(
				_zoneId
			)
		);
	}

	private String _getTrainingMethodName(long trainingMethodId) {
		if (trainingMethodId <= 0) {
			return null;
		}

		TrainingMethod trainingMethod = getTrainingMethods().get(
			trainingMethodId);

		if (trainingMethod == null) {
			return "";
		}

		return trainingMethod.getName(_locale);
	}

	private UnitTrainingRow _toRow(MemberTraining memberTraining) {
		return new UnitTrainingRow(
			memberTraining.getFullName(),
			_getTrainingMethodName(memberTraining.getTrainingMethodId()),
			memberTraining.getCompletedCount(),
			memberTraining.getLastCompletionDate(),
			_format(memberTraining.getLastCompletionDate()),
			getUpcomingKey(memberTraining.getUpcomingTraining()));
	}

	private final long _companyGroupId;
	private final Locale _locale;
	private final RegistrationService _registrationService;
	private final TrainingMethodService _trainingMethodService;
	private Map<Long, TrainingMethod> _trainingMethods;
	private final ZoneId _zoneId;

}
