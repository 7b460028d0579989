package se.livsviktig.instructor.web.internal.display.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.livsviktig.training.staffing.TaughtSession;

/**
 * Turns the sessions training says the person taught into rows, in training's order (newest first), each
 * method's name looked up once per page.
 *
 * @author Livsviktig
 */
public class TaughtSessionRows {

	public TaughtSessionRows(
		CertificationRows certificationRows, DateRangeFormat dateRangeFormat,
		Locale locale) {

		_certificationRows = certificationRows;
		_dateRangeFormat = dateRangeFormat;
		_locale = locale;
	}

	public List<TaughtSessionRow> toRows(List<TaughtSession> taughtSessions) {
		List<TaughtSessionRow> rows = new ArrayList<>(taughtSessions.size());

		for (TaughtSession taughtSession : taughtSessions) {
			rows.add(
				new TaughtSessionRow(
					taughtSession.getCourseTitle(_locale),
					_certificationRows.trainingMethodName(
						taughtSession.getTrainingMethodId()),
					_dateRangeFormat.days(
						taughtSession.getStartDate(),
						taughtSession.getEndDate())));
		}

		return rows;
	}

	private final CertificationRows _certificationRows;
	private final DateRangeFormat _dateRangeFormat;
	private final Locale _locale;

}
