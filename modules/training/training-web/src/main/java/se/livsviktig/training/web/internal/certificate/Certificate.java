package se.livsviktig.training.web.internal.certificate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * What a course certificate (kursintyg) says, in the language and time zone it is written for.
 *
 * @author Livsviktig
 */
public class Certificate {

	public Certificate(Locale locale, TimeZone timeZone) {
		_locale = locale;
		_timeZone = timeZone;
	}

	public void addSessionDate(Date startDate, Date endDate) {
		_sessionDates.add(new Date[] {startDate, endDate});
	}

	public String getCertificateNumber() {
		return _certificateNumber;
	}

	public Date getCompletionDate() {
		return _completionDate;
	}

	public String getCourseTitle() {
		return _courseTitle;
	}

	/**
	 * The teaching time: the session dates' durations summed, to the nearest half hour, because a certificate
	 * that says 13.98 hours helps nobody.
	 */
	public double getHours() {
		long minutes = 0;

		for (Date[] sessionDate : _sessionDates) {
			minutes +=
				(sessionDate[1].getTime() - sessionDate[0].getTime()) / 60000;
		}

		return Math.round(minutes / 30.0) / 2.0;
	}

	public String getIssuer() {
		return _issuer;
	}

	public Locale getLocale() {
		return _locale;
	}

	/**
	 * @return the issuer's logo as an image file's bytes, or null when the company has none
	 */
	public byte[] getLogo() {
		return _logo;
	}

	/**
	 * @return the logo's media type, such as image/png
	 */
	public String getLogoMediaType() {
		return _logoMediaType;
	}

	public String getParticipantName() {
		return _participantName;
	}

	public String getPlace() {
		return _place;
	}

	/**
	 * @return each session date as its start and end
	 */
	public List<Date[]> getSessionDates() {
		return Collections.unmodifiableList(_sessionDates);
	}

	public TimeZone getTimeZone() {
		return _timeZone;
	}

	public String getTrainingMethodName() {
		return _trainingMethodName;
	}

	public String getVerificationCode() {
		return _verificationCode;
	}

	/**
	 * @return the address of the page that checks this certificate, with its number and code, or null when
	 *         the portal has no such page
	 */
	public String getVerificationURL() {
		return _verificationURL;
	}

	public void setCertificateNumber(String certificateNumber) {
		_certificateNumber = certificateNumber;
	}

	public void setCompletionDate(Date completionDate) {
		_completionDate = completionDate;
	}

	public void setCourseTitle(String courseTitle) {
		_courseTitle = courseTitle;
	}

	public void setIssuer(String issuer) {
		_issuer = issuer;
	}

	public void setLogo(byte[] logo, String logoMediaType) {
		_logo = logo;
		_logoMediaType = logoMediaType;
	}

	public void setParticipantName(String participantName) {
		_participantName = participantName;
	}

	public void setPlace(String place) {
		_place = place;
	}

	public void setTrainingMethodName(String trainingMethodName) {
		_trainingMethodName = trainingMethodName;
	}

	public void setVerificationCode(String verificationCode) {
		_verificationCode = verificationCode;
	}

	public void setVerificationURL(String verificationURL) {
		_verificationURL = verificationURL;
	}

	private String _certificateNumber;
	private Date _completionDate;
	private String _courseTitle;
	private String _issuer;
	private final Locale _locale;
	private byte[] _logo;
	private String _logoMediaType;
	private String _participantName;
	private String _place;
	private final List<Date[]> _sessionDates = new ArrayList<>();
	private final TimeZone _timeZone;
	private String _trainingMethodName;
	private String _verificationCode;
	private String _verificationURL;

}
