package se.livsviktig.training.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;

/**
 * @author Livsviktig
 */
class TrainingFiguresRowsTest {

	@Test
	void aSumOverNothingIsZeroNotAnError() {
		assertEquals(
			List.of(
				new ParticipantFigures(
					7, 501, RegistrationSexes.MALE, 1, 1, 0, 0, 0, 0, 1, 0)),
			TrainingFiguresRows.toParticipantFigures(
				Collections.singletonList(
					new Object[] {
						7L, 501L, "male", 1L, 1L, null, null, null, null,
						BigDecimal.ONE, null
					})));
	}

	@Test
	void participantCellsAreReadInTheQuerysColumnOrder() {
		assertEquals(
			List.of(
				new ParticipantFigures(
					7, 501, RegistrationSexes.FEMALE, 10, 9, 6, 1, 2, 1, 3,
					19.5)),
			TrainingFiguresRows.toParticipantFigures(
				Collections.singletonList(
					new Object[] {
						7L, 501L, "female", 10L, 9L, new BigDecimal("6"),
						new BigDecimal("1"), 2, BigDecimal.ONE,
						new BigDecimal("3"), new BigDecimal("19.5")
					})));
	}

	@Test
	void aRegistrationWithoutASexIsCountedAsUnknown() {
		assertEquals(
			List.of(
				new ParticipantFigures(
					7, 501, RegistrationSexes.UNKNOWN, 1, 1, 1, 0, 0, 0, 0, 8),
				new ParticipantFigures(
					7, 501, RegistrationSexes.UNKNOWN, 1, 1, 1, 0, 0, 0, 0, 8)),
			TrainingFiguresRows.toParticipantFigures(
				List.of(
					new Object[] {7L, 501L, null, 1L, 1L, 1L, 0, 0, 0, 0, 8.0},
					new Object[] {7L, 501L, "", 1L, 1L, 1L, 0, 0, 0, 0, 8.0})));
	}

	@Test
	void sessionCellsOfAnyNumberTypeAreRead() {
		assertEquals(
			List.of(new SessionFigures(501, 4, 1), new SessionFigures(502, 0, 2)),
			TrainingFiguresRows.toSessionFigures(
				List.of(
					new Object[] {501L, new BigDecimal("4"), 1L},
					new Object[] {502, null, new BigDecimal("2.0")})));
	}

}
