package se.livsviktig.training.staffing;

import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.LocalizationUtil;

import java.io.Serializable;

import java.util.Date;
import java.util.Locale;
import java.util.Objects;

/**
 * A session someone taught: one row of {@code SessionInstructorLocalService.getTaughtSessions}, with its course's
 * title read by the same statement, so an instructor's list of sessions costs one statement.
 *
 * @author Livsviktig
 */
public final class TaughtSession implements Serializable {

	public TaughtSession(
		long courseSessionId, long courseId, long trainingMethodId,
		String courseTitleXML, Date startDate, Date endDate) {

		_courseSessionId = courseSessionId;
		_courseId = courseId;
		_trainingMethodId = trainingMethodId;
		_courseTitleXML = courseTitleXML;
		_startDate = new Date(startDate.getTime());
		_endDate = new Date(endDate.getTime());
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof TaughtSession)) {
			return false;
		}

		TaughtSession taughtSession = (TaughtSession)object;

		if ((_courseSessionId == taughtSession._courseSessionId) &&
			(_courseId == taughtSession._courseId) &&
			(_trainingMethodId == taughtSession._trainingMethodId) &&
			Objects.equals(_courseTitleXML, taughtSession._courseTitleXML) &&
			_startDate.equals(taughtSession._startDate) &&
			_endDate.equals(taughtSession._endDate)) {

			return true;
		}

		return false;
	}

	public long getCourseId() {
		return _courseId;
	}

	public long getCourseSessionId() {
		return _courseSessionId;
	}

	/**
	 * The course's title in the language, or in the course's default language when it has none in that one: as
	 * {@code Course.getTitle(Locale)} reads the same column.
	 */
	public String getCourseTitle(Locale locale) {
		return LocalizationUtil.getLocalization(
			_courseTitleXML, LocaleUtil.toLanguageId(locale));
	}

	/**
	 * @return the title as stored, every language in one localisation XML
	 */
	public String getCourseTitleXML() {
		return _courseTitleXML;
	}

	/**
	 * @return when the session's last date ended
	 */
	public Date getEndDate() {
		return new Date(_endDate.getTime());
	}

	/**
	 * @return when the session's first date began
	 */
	public Date getStartDate() {
		return new Date(_startDate.getTime());
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(_courseSessionId);
	}

	@Override
	public String toString() {
		return "{courseSessionId=" + _courseSessionId + ", courseId=" +
			_courseId + ", trainingMethodId=" + _trainingMethodId +
				", startDate=" + _startDate.toInstant() + ", endDate=" +
					_endDate.toInstant() + "}";
	}

	private static final long serialVersionUID = 1L;

	private final long _courseId;
	private final long _courseSessionId;
	private final String _courseTitleXML;
	private final Date _endDate;
	private final Date _startDate;
	private final long _trainingMethodId;

}
