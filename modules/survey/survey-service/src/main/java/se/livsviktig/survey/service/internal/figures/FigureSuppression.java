package se.livsviktig.survey.service.internal.figures;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.survey.model.FollowUpOutcomeFigures;
import se.livsviktig.survey.model.ResponseRateFigures;

/**
 * The results page's primary suppression applied to the report's survey figures, before any number leaves the
 * service: a count of at least one and below the company's minimum number of respondents is not given. For the
 * key outcome the no answers are the respondents less the yes answers, so too few of either hides the yes count
 * (the results page would hide the small cell and then its neighbour in the row).
 *
 * @author Livsviktig
 */
public class FigureSuppression {

	public FigureSuppression(int minimumRespondents) {
		_minimumRespondents = Math.max(1, minimumRespondents);
	}

	/**
	 * @param rows organizationId, methodId, respondents, yes answers
	 */
	public List<FollowUpOutcomeFigures> toFollowUpOutcomeFigures(
		List<Object[]> rows) {

		List<FollowUpOutcomeFigures> followUpOutcomeFigures = new ArrayList<>(
			rows.size());

		for (Object[] row : rows) {
			long respondentCount = _long(row[2]);
			long yesCount = _long(row[3]);

			boolean respondentCountSuppressed = _tooFew(respondentCount);

			followUpOutcomeFigures.add(
				new FollowUpOutcomeFigures(
					_long(row[0]), _long(row[1]), respondentCount,
					respondentCountSuppressed, yesCount,
					respondentCountSuppressed || _tooFew(yesCount) ||
					_tooFew(respondentCount - yesCount)));
		}

		return followUpOutcomeFigures;
	}

	/**
	 * @param rows organizationId, methodId, invitations, responses
	 */
	public List<ResponseRateFigures> toResponseRateFigures(
		List<Object[]> rows) {

		List<ResponseRateFigures> responseRateFigures = new ArrayList<>(
			rows.size());

		for (Object[] row : rows) {
			long responseCount = _long(row[3]);

			responseRateFigures.add(
				new ResponseRateFigures(
					_long(row[0]), _long(row[1]), _long(row[2]), responseCount,
					_tooFew(responseCount)));
		}

		return responseRateFigures;
	}

	/**
	 * Counts come back as Long, BigInteger or BigDecimal by database, and a SUM over no rows as NULL.
	 */
	private static long _long(Object value) {
		if (value == null) {
			return 0;
		}

		return ((Number)value).longValue();
	}

	private boolean _tooFew(long count) {
		if ((count > 0) && (count < _minimumRespondents)) {
			return true;
		}

		return false;
	}

	private final int _minimumRespondents;

}
