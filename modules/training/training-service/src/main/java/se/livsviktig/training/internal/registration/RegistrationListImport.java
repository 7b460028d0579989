package se.livsviktig.training.internal.registration;

import com.liferay.petra.function.UnsafeConsumer;
import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.registration.RegistrationImportRow;

/**
 * A coordinator's list of people to register (one e-mail address or screen name per line): every line is checked
 * first, and only when all are valid, and this is not a dry run, are they all registered. Either way the report
 * says, line by line, what would happen or did.
 *
 * @author Livsviktig
 */
public final class RegistrationListImport {

	public RegistrationListImport(
		SeatLock seatLock, RegistrationListReader registrationListReader,
		ApplicantCheck applicantCheck) {

		_seatLock = seatLock;
		_registrationListReader = registrationListReader;
		_applicantCheck = applicantCheck;
	}

	/**
	 * @param registerAll registers the listed users, all or none
	 */
	public RegistrationImportReport importList(
			long courseSessionId, String csv, boolean dryRun,
			UnsafeConsumer<long[], PortalException> registerAll)
		throws PortalException {

		CourseSession courseSession = _seatLock.lock(
			courseSessionId);

		Bookability.checkPublished(courseSession);

		List<RegistrationImportRow> rows = _registrationListReader.read(
			courseSession, csv, _applicantCheck.getAudienceOrganizationIds(courseSessionId));

		RegistrationImportReport registrationImportReport =
			new RegistrationImportReport(rows, false);

		if (dryRun || !registrationImportReport.isValid()) {
			return registrationImportReport;
		}

		long[] userIds = new long[rows.size()];

		for (int i = 0; i < userIds.length; i++) {
			userIds[i] = rows.get(
				i
			).getUserId();
		}

		registerAll.accept(userIds);

		return new RegistrationImportReport(rows, true);
	}

	private final ApplicantCheck _applicantCheck;
	private final RegistrationListReader _registrationListReader;
	private final SeatLock _seatLock;

}
