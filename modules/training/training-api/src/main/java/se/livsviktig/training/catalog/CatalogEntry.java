package se.livsviktig.training.catalog;

import com.liferay.portal.kernel.util.LocaleUtil;
import com.liferay.portal.kernel.util.LocalizationUtil;

import java.io.Serializable;

import java.util.Date;
import java.util.Locale;

/**
 * One row of the course catalogue: what the catalogue shows of an upcoming session, with its course's title, read
 * by the catalogue's one query. A page of them costs one statement, where a page of sessions cost one more per
 * row for the course's title.
 *
 * @author Livsviktig
 */
public class CatalogEntry implements Serializable {

	public CatalogEntry(
		long courseSessionId, long courseId, long trainingMethodId,
		String courseTitleXML, int deliveryMode, String locality,
		String venueName, Date startDate, Date endDate, int seats,
		int seatsTaken) {

		_courseSessionId = courseSessionId;
		_courseId = courseId;
		_trainingMethodId = trainingMethodId;
		_courseTitleXML = courseTitleXML;
		_deliveryMode = deliveryMode;
		_locality = locality;
		_venueName = venueName;
		_startDate = startDate;
		_endDate = endDate;
		_seats = seats;
		_seatsTaken = seatsTaken;
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
	 * @return a CourseSessionConstants delivery mode
	 */
	public int getDeliveryMode() {
		return _deliveryMode;
	}

	public Date getEndDate() {
		return _endDate;
	}

	public String getLocality() {
		return _locality;
	}

	public int getSeats() {
		return _seats;
	}

	public int getSeatsTaken() {
		return _seatsTaken;
	}

	public Date getStartDate() {
		return _startDate;
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	public String getVenueName() {
		return _venueName;
	}

	private static final long serialVersionUID = 1L;

	private final long _courseId;
	private final long _courseSessionId;
	private final String _courseTitleXML;
	private final int _deliveryMode;
	private final Date _endDate;
	private final String _locality;
	private final int _seats;
	private final int _seatsTaken;
	private final Date _startDate;
	private final long _trainingMethodId;
	private final String _venueName;

}
