package se.livsviktig.instructor.internal.search;

import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Expression;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.model.UserTable;
import com.liferay.portal.kernel.util.StringUtil;
import com.liferay.portal.kernel.util.Validator;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.CertificationTable;
import se.livsviktig.instructor.standing.LicenceStanding;

/**
 * The coordinators' certification filters as one WHERE clause over certifications joined with their holders
 * (User_): the company, a method, a state, expiring in a window, and the holder's name, where every typed word
 * must occur, in any case, in the first, middle or last name or the screen name.
 *
 * @author Livsviktig
 */
public class CertificationSearchPredicate {

	/**
	 * @param trainingMethodId a method, or 0 for all
	 * @param state a state of {@link CertificationConstants}, or {@link CertificationConstants#STATE_ANY}
	 * @param expiringFrom with expiringUntil, only certifications whose valid-until falls in [from, until]; both
	 *        null for no such filter (open-ended certifications never expire, so they never match it)
	 * @param holderName words of the holder's name, or null
	 */
	public static Predicate of(
		long companyId, long trainingMethodId, int state, Date expiringFrom,
		Date expiringUntil, String holderName) {

		CertificationTable certificationTable = CertificationTable.INSTANCE;

		Predicate predicate = certificationTable.companyId.eq(companyId);

		if (trainingMethodId > 0) {
			predicate = predicate.and(
				certificationTable.trainingMethodId.eq(trainingMethodId));
		}

		if (state != CertificationConstants.STATE_ANY) {
			predicate = predicate.and(certificationTable.state.eq(state));
		}

		if ((expiringFrom != null) && (expiringUntil != null)) {
			predicate = predicate.and(
				certificationTable.validUntil.gte(expiringFrom)
			).and(
				certificationTable.validUntil.lte(expiringUntil)
			);
		}

		return predicate.and(holderNamePredicate(holderName));
	}

	/**
	 * @return only the certifications of the given holders for the given methods: per method, its holders in one
	 *         IN list, so the statement grows with the people, not with a condition per person
	 */
	public static Predicate holdersAndMethods(
		List<LicenceStanding> licenceStandings) {

		Map<Long, Set<Long>> holderUserIds = new TreeMap<>();

		for (LicenceStanding licenceStanding : licenceStandings) {
			holderUserIds.computeIfAbsent(
				licenceStanding.getTrainingMethodId(), key -> new TreeSet<>()
			).add(
				licenceStanding.getUserId()
			);
		}

		CertificationTable certificationTable = CertificationTable.INSTANCE;

		Predicate predicate = null;

		for (Map.Entry<Long, Set<Long>> entry : holderUserIds.entrySet()) {
			Predicate methodPredicate = certificationTable.trainingMethodId.eq(
				entry.getKey()
			).and(
				certificationTable.holderUserId.in(
					entry.getValue(
					).toArray(
						new Long[0]
					))
			).withParentheses();

			if (predicate == null) {
				predicate = methodPredicate;
			}
			else {
				predicate = predicate.or(methodPredicate);
			}
		}

		if (predicate == null) {
			return certificationTable.certificationId.eq(0L);
		}

		return predicate.withParentheses();
	}

	/**
	 * @return every typed word, in any case, in the first, middle or last name or the screen name of User_; a
	 *         typed % or _ is a character to find; null (no condition) for blank words
	 */
	public static Predicate holderNamePredicate(String holderName) {
		if (Validator.isBlank(holderName)) {
			return null;
		}

		UserTable userTable = UserTable.INSTANCE;

		Predicate predicate = null;

		for (String word : StringUtil.split(holderName.trim(), ' ')) {
			if (Validator.isBlank(word)) {
				continue;
			}

			String pattern =
				"%" + _escape(word.toLowerCase(Locale.ROOT)) + "%";

			Predicate wordPredicate = null;

			for (Expression<String> expression :
					_nameColumns(userTable)) {

				Predicate columnPredicate = DSLFunctionFactoryUtil.lower(
					expression
				).like(
					pattern
				);

				if (wordPredicate == null) {
					wordPredicate = columnPredicate;
				}
				else {
					wordPredicate = wordPredicate.or(columnPredicate);
				}
			}

			if (predicate == null) {
				predicate = wordPredicate.withParentheses();
			}
			else {
				predicate = predicate.and(wordPredicate.withParentheses());
			}
		}

		return predicate;
	}

	/**
	 * A typed % or _ is a character to find, not a wildcard; both databases take \ as LIKE's escape.
	 */
	private static String _escape(String word) {
		return word.replace(
			"\\", "\\\\"
		).replace(
			"%", "\\%"
		).replace(
			"_", "\\_"
		);
	}

	@SuppressWarnings("unchecked")
	private static Expression<String>[] _nameColumns(UserTable userTable) {
		return new Expression[] {
			userTable.firstName, userTable.middleName, userTable.lastName,
			userTable.screenName
		};
	}

}
