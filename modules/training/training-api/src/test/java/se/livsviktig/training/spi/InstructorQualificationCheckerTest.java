package se.livsviktig.training.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A checker written before the SPI could name a date (it answers only isQualified) still names the first date
 * that fails, through the interface's default.
 *
 * @author Livsviktig
 */
public class InstructorQualificationCheckerTest {

	@Test
	public void aQualifiedInstructorHasNoUnqualifiedDate() {
		assertNull(
			_certifiedUntil(
				_DAY_THREE
			).getFirstUnqualifiedDate(
				1, 2, 3, List.of(_DAY_ONE, _DAY_TWO)
			));
	}

	@Test
	public void theDefaultNamesTheEarliestDateThatFailsWhateverTheOrder() {
		assertEquals(
			_DAY_TWO,
			_certifiedUntil(
				_DAY_ONE
			).getFirstUnqualifiedDate(
				1, 2, 3, List.of(_DAY_THREE, _DAY_ONE, _DAY_TWO)
			));
	}

	@Test
	public void refusedAsAWholeButNotDateByDateNamesTheFirstDate() {
		InstructorQualificationChecker onlyOneDateAtATime =
			(companyId, userId, trainingMethodId, dates) -> dates.size() == 1;

		assertEquals(
			_DAY_ONE,
			onlyOneDateAtATime.getFirstUnqualifiedDate(
				1, 2, 3, List.of(_DAY_TWO, _DAY_ONE)));
	}

	/**
	 * A checker that only answers isQualified: valid on dates up to and including the last day.
	 */
	private static InstructorQualificationChecker _certifiedUntil(
		Date lastDay) {

		return (companyId, userId, trainingMethodId, dates) -> dates.stream(
		).allMatch(
			date -> !date.after(lastDay)
		);
	}

	private static final Date _DAY_ONE = new Date(1_900_000_000_000L);

	private static final Date _DAY_THREE = new Date(
		1_900_000_000_000L + (2 * 86_400_000L));

	private static final Date _DAY_TWO = new Date(
		1_900_000_000_000L + 86_400_000L);

}
