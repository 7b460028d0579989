package se.livsviktig.careprogram.internal.search;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;

import java.util.Date;
import java.util.Locale;

import se.livsviktig.careprogram.model.CareProgramTable;
import se.livsviktig.careprogram.model.CareProgramTargetGroupTable;
import se.livsviktig.careprogram.model.LocalRoutineTable;

/**
 * The programme list's filters as one WHERE clause: every typed word in the title (any language, any case; a typed %
 * or _ is a character to find), a target group, an administration that has a routine for the programme, and a review
 * state that the programme's own text or one of its routines (of that administration, when one is chosen) is in. One
 * statement, whatever the filters.
 *
 * @author Livsviktig
 */
public class CareProgramSearchPredicate {

	/**
	 * Any review state. The others are the ordinals of careprogram-api's ReviewState (REVIEWED, DUE_SOON, OVERDUE,
	 * OWNERLESS), in that order.
	 */
	public static final int REVIEW_STATE_ANY = -1;

	public static final int REVIEW_STATE_REVIEWED = 0;

	public static final int REVIEW_STATE_DUE_SOON = 1;

	public static final int REVIEW_STATE_OVERDUE = 2;

	public static final int REVIEW_STATE_OWNERLESS = 3;

	/**
	 * @param keywords words of the title, or null/blank for all
	 * @param targetGroupCategoryId a category of the "Målgrupp" vocabulary, or 0 for all
	 * @param organizationId an administration, or 0 for all
	 * @param reviewState one of the REVIEW_STATE_ constants
	 * @param now the time the states are judged at
	 * @param dueSoonFrom when a review due before it counts as due soon (now plus the reminder days)
	 */
	public static Predicate of(
		long groupId, String keywords, long targetGroupCategoryId,
		long organizationId, int reviewState, Date now, Date dueSoonFrom) {

		CareProgramTable careProgramTable = CareProgramTable.INSTANCE;

		Predicate predicate = careProgramTable.groupId.eq(groupId);

		// Every typed word, in the search text (CareProgramSearchText): lowercased there as here, so no lower() in SQL

		if ((keywords != null) && !keywords.isBlank()) {
			for (String word : keywords.trim().split("\\s+")) {
				predicate = predicate.and(
					careProgramTable.titleSearch.like(
						"%" + _escapeLike(word.toLowerCase(Locale.ROOT)) + "%"));
			}
		}

		if (targetGroupCategoryId > 0) {
			predicate = predicate.and(
				careProgramTable.careProgramId.in(
					DSLQueryFactoryUtil.select(
						CareProgramTargetGroupTable.INSTANCE.careProgramId
					).from(
						CareProgramTargetGroupTable.INSTANCE
					).where(
						CareProgramTargetGroupTable.INSTANCE.assetCategoryId.eq(
							targetGroupCategoryId)
					)));
		}

		LocalRoutineTable localRoutineTable = LocalRoutineTable.INSTANCE;

		Predicate routinePredicate = localRoutineTable.groupId.eq(groupId);

		if (organizationId > 0) {
			routinePredicate = routinePredicate.and(
				localRoutineTable.organizationId.eq(organizationId));

			predicate = predicate.and(
				careProgramTable.careProgramId.in(
					DSLQueryFactoryUtil.select(
						localRoutineTable.careProgramId
					).from(
						localRoutineTable
					).where(
						routinePredicate
					)));
		}

		if (reviewState == REVIEW_STATE_ANY) {
			return predicate;
		}

		Predicate routineInState = careProgramTable.careProgramId.in(
			DSLQueryFactoryUtil.select(
				localRoutineTable.careProgramId
			).from(
				localRoutineTable
			).where(
				routinePredicate.and(
					_state(
						reviewState, localRoutineTable.ownerUserId.eq(0L),
						localRoutineTable.nextReviewDate.lt(now),
						localRoutineTable.nextReviewDate.lt(dueSoonFrom)))
			));

		if (organizationId > 0) {
			return predicate.and(routineInState);
		}

		Predicate programInState = _state(
			reviewState, careProgramTable.ownerUserId.eq(0L),
			careProgramTable.nextReviewDate.lt(now),
			careProgramTable.nextReviewDate.lt(dueSoonFrom));

		return predicate.and(
			programInState.or(
				routineInState
			).withParentheses());
	}

	/**
	 * A typed % or _ is a character to find, not a wildcard; both databases take \ as LIKE's escape (as training's
	 * KeywordsPredicate).
	 */
	private static String _escapeLike(String word) {
		return word.replace(
			"\\", "\\\\"
		).replace(
			"%", "\\%"
		).replace(
			"_", "\\_"
		);
	}

	private static Predicate _state(
		int reviewState, Predicate ownerless, Predicate overdue,
		Predicate dueBeforeDueSoonFrom) {

		Predicate owned = ownerless.not();

		if (reviewState == REVIEW_STATE_OWNERLESS) {
			return ownerless.withParentheses();
		}

		if (reviewState == REVIEW_STATE_OVERDUE) {
			return owned.and(
				overdue
			).withParentheses();
		}

		if (reviewState == REVIEW_STATE_DUE_SOON) {
			return owned.and(
				overdue.not()
			).and(
				dueBeforeDueSoonFrom
			).withParentheses();
		}

		return owned.and(
			dueBeforeDueSoonFrom.not()
		).withParentheses();
	}

}
