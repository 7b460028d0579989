package se.livsviktig.training.internal.search;

import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Expression;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.util.StringUtil;
import com.liferay.portal.kernel.util.Validator;

import java.util.Locale;

/**
 * The coordinators' keyword search: every word must occur, in any case, in at least one of the columns.
 * Localised columns hold every language's text in one value, so a word matches whichever language has it.
 *
 * @author Livsviktig
 */
public class KeywordsPredicate {

	/**
	 * @return the predicate, or null when there are no keywords (the DSL ignores a null predicate)
	 */
	@SafeVarargs
	public static Predicate of(
		String keywords, Expression<String>... expressions) {

		if (Validator.isBlank(keywords)) {
			return null;
		}

		Predicate predicate = null;

		for (String word : StringUtil.split(keywords.trim(), ' ')) {
			if (Validator.isBlank(word)) {
				continue;
			}

			String pattern =
				"%" + _escape(word.toLowerCase(Locale.ROOT)) + "%";

			Predicate wordPredicate = null;

			for (Expression<String> expression : expressions) {
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

}
