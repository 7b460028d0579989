package se.livsviktig.survey.service.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.model.FollowUpOutcomeFigures;
import se.livsviktig.survey.model.ResponseRateFigures;

/**
 * @author Livsviktig
 */
class FigureSuppressionTest {

	@Test
	void fewerResponsesThanTheMinimumAreNotGivenButNoneAndEnoughAre() {
		assertEquals(
			List.of(
				new ResponseRateFigures(1, 2, 10, 0, true),
				new ResponseRateFigures(1, 3, 10, 0, false),
				new ResponseRateFigures(4, 2, 12, 5, false)),
			_suppression.toResponseRateFigures(
				List.of(
					new Object[] {1L, 2L, 10L, 4L},
					new Object[] {1L, 3L, BigInteger.TEN, null},
					new Object[] {4L, 2L, BigDecimal.valueOf(12), 5})));
	}

	@Test
	void aSuppressedResponseCountCarriesNoNumber() {
		ResponseRateFigures responseRateFigures =
			_suppression.toResponseRateFigures(
				List.<Object[]>of(new Object[] {1L, 2L, 10L, 4L})
			).get(
				0
			);

		assertEquals(0, responseRateFigures.getResponseCount());
	}

	@Test
	void tooFewRespondentsHideBothTheRespondentsAndTheYesAnswers() {
		assertEquals(
			List.of(new FollowUpOutcomeFigures(1, 2, 0, true, 0, true)),
			_suppression.toFollowUpOutcomeFigures(
				List.<Object[]>of(new Object[] {1L, 2L, 4L, 0L})));
	}

	@Test
	void tooFewYesOrTooFewNoAnswersHideTheYesAnswersOnly() {
		assertEquals(
			List.of(
				new FollowUpOutcomeFigures(1, 2, 10, false, 0, true),
				new FollowUpOutcomeFigures(1, 3, 10, false, 0, true),
				new FollowUpOutcomeFigures(1, 4, 10, false, 10, false),
				new FollowUpOutcomeFigures(1, 5, 10, false, 5, false),
				new FollowUpOutcomeFigures(1, 6, 10, false, 0, false)),
			_suppression.toFollowUpOutcomeFigures(
				List.of(
					new Object[] {1L, 2L, 10L, 4L},
					new Object[] {1L, 3L, 10L, 7L},
					new Object[] {1L, 4L, 10L, 10L},
					new Object[] {1L, 5L, 10L, 5L},
					new Object[] {1L, 6L, 10L, null})));
	}

	@Test
	void aMinimumOfOneSuppressesNothing() {
		assertEquals(
			List.of(new FollowUpOutcomeFigures(1, 2, 1, false, 1, false)),
			new FigureSuppression(
				1
			).toFollowUpOutcomeFigures(
				List.<Object[]>of(new Object[] {1L, 2L, 1L, 1L})
			));
	}

	private final FigureSuppression _suppression = new FigureSuppression(5);

}
