package se.livsviktig.training.internal.security.permission;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.Table;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.util.ArrayUtil;

/**
 * Which rows of a list a caller sees by their status. Drafts and archived rows are the working material of
 * whoever may update them; everyone else, through the JSON web services as much as through a page, sees only
 * the public statuses. The database filters, so paging stays right.
 *
 * @author Livsviktig
 */
public class StatusVisibility<T extends Table<T>> {

	public StatusVisibility(
		Column<T, Integer> statusColumn, Column<T, Long> userIdColumn,
		Integer... publicStatuses) {

		_statusColumn = statusColumn;
		_userIdColumn = userIdColumn;
		_publicStatuses = publicStatuses;
	}

	/**
	 * @return null (nothing to restrict) for a caller who may update every row of the group; otherwise the
	 *         rows in a public status and the caller's own, since the portal gives an owner UPDATE
	 */
	public Predicate getPredicate(boolean mayUpdateEveryRow, long userId) {
		if (mayUpdateEveryRow) {
			return null;
		}

		return Predicate.withParentheses(
			_statusColumn.in(
				_publicStatuses
			).or(
				_userIdColumn.eq(userId)
			));
	}

	public boolean isPublic(int status) {
		return ArrayUtil.contains(_publicStatuses, status);
	}

	private final Integer[] _publicStatuses;
	private final Column<T, Integer> _statusColumn;
	private final Column<T, Long> _userIdColumn;

}
