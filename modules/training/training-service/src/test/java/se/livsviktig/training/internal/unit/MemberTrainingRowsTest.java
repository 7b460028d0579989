package se.livsviktig.training.internal.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import java.sql.Timestamp;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.UpcomingTraining;

/**
 * The unit query's rows (one per member, method and state) folded into one per member and method: completions
 * counted with the latest date, the surest of what is coming shown, a member without registrations kept as
 * "no completion yet".
 *
 * @author Livsviktig
 */
public class MemberTrainingRowsTest {

	@Test
	public void aBookingIsSurerThanAPendingRequestWhichIsSurerThanTheWaitlist() {
		assertEquals(
			UpcomingTraining.BOOKED,
			_upcoming(
				RegistrationConstants.STATUS_WAITLISTED,
				RegistrationConstants.STATUS_CONFIRMED,
				RegistrationConstants.STATUS_PENDING_APPROVAL));
		assertEquals(
			UpcomingTraining.PENDING_APPROVAL,
			_upcoming(
				RegistrationConstants.STATUS_WAITLISTED,
				RegistrationConstants.STATUS_PENDING_APPROVAL));
		assertEquals(
			UpcomingTraining.WAITLISTED,
			_upcoming(RegistrationConstants.STATUS_WAITLISTED));
		assertEquals(
			UpcomingTraining.WAITLISTED,
			_upcoming(RegistrationConstants.STATUS_OFFERED));
		assertEquals(
			UpcomingTraining.NONE,
			_upcoming(RegistrationConstants.STATUS_COMPLETED));
	}

	@Test
	public void aMemberWithoutRegistrationsHasNoCompletionForTheMethodAskedFor() {
		List<MemberTraining> memberTrainings = new MemberTrainingRows(
			_MHFA
		).fold(
			Collections.singletonList(
				_row(1, "Anna", null, "Andersson", null, null, 0, null))
		);

		assertEquals(
			Collections.singletonList(
				new MemberTraining(
					1, "Anna Andersson", _MHFA, 0, null,
					UpcomingTraining.NONE)),
			memberTrainings);
	}

	@Test
	public void completionsAreCountedWithTheLatestDateWhateverIsComing() {
		List<MemberTraining> memberTrainings = new MemberTrainingRows(
			0
		).fold(
			Arrays.asList(
				_row(
					2, "Björn", "E", "Berg", _MHFA,
					RegistrationConstants.STATUS_COMPLETED, 2, _LATER),
				_row(
					2, "Björn", "E", "Berg", _MHFA,
					RegistrationConstants.STATUS_CONFIRMED, 1, null),
				_row(
					2, "Björn", "E", "Berg", _YAM,
					RegistrationConstants.STATUS_WAITLISTED, 1, null),
				_row(3, "Cecilia", "", "Cederlund", null, null, 0, null))
		);

		assertEquals(
			Arrays.asList(
				new MemberTraining(
					2, "Björn E Berg", _MHFA, 2, _LATER,
					UpcomingTraining.BOOKED),
				new MemberTraining(
					2, "Björn E Berg", _YAM, 0, null,
					UpcomingTraining.WAITLISTED),
				new MemberTraining(
					3, "Cecilia Cederlund", 0, 0, null, UpcomingTraining.NONE)),
			memberTrainings);
	}

	/**
	 * MariaDB hands COUNT back as a BIGINT and ids as Long; another driver may give BigDecimal.
	 */
	@Test
	public void numbersOfAnyTypeAreRead() {
		List<MemberTraining> memberTrainings = new MemberTrainingRows(
			0
		).fold(
			Collections.singletonList(
				new Object[] {
					new BigDecimal(4), "Dan", null, "Dahl", new BigDecimal(_YAM),
					Integer.valueOf(RegistrationConstants.STATUS_COMPLETED),
					new BigDecimal(3), new Timestamp(_LATER.getTime())
				})
		);

		assertEquals(3, memberTrainings.get(0).getCompletedCount());
		assertEquals(_YAM, memberTrainings.get(0).getTrainingMethodId());
		assertEquals(
			_LATER.getTime(),
			memberTrainings.get(
				0
			).getLastCompletionDate(
			).getTime());
	}

	private static Object[] _row(
		long userId, String firstName, String middleName, String lastName,
		Long trainingMethodId, Integer status, long registrationCount,
		Date lastCompletionDate) {

		return new Object[] {
			userId, firstName, middleName, lastName, trainingMethodId, status,
			registrationCount, lastCompletionDate
		};
	}

	private static UpcomingTraining _upcoming(int... statuses) {
		Object[][] rows = new Object[statuses.length][];

		for (int i = 0; i < statuses.length; i++) {
			rows[i] = _row(
				1, "Anna", null, "Andersson", _MHFA, statuses[i], 1, null);
		}

		List<MemberTraining> memberTrainings = new MemberTrainingRows(
			0
		).fold(
			Arrays.asList(rows)
		);

		assertEquals(1, memberTrainings.size());

		return memberTrainings.get(
			0
		).getUpcomingTraining();
	}

	private static final Date _LATER = new Date(1_800_000_000_000L);

	private static final long _MHFA = 501;

	private static final long _YAM = 502;

}
