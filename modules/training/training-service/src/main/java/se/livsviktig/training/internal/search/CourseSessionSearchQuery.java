package se.livsviktig.training.internal.search;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;

/**
 * The coordinators' list of a site's sessions as one query: by status, method or course, and words that must
 * each occur in the course's title, the venue or the place.
 *
 * @author Livsviktig
 */
public class CourseSessionSearchQuery {

	/**
	 * @param keywords the words, or null
	 * @param status a session status, or WorkflowConstants.STATUS_ANY
	 * @param trainingMethodId a method, or 0 for all
	 * @param courseId a course, or 0 for all
	 */
	public CourseSessionSearchQuery(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId) {

		_groupId = groupId;
		_keywords = keywords;
		_status = status;
		_trainingMethodId = trainingMethodId;
		_courseId = courseId;
	}

	public DSLQuery count(Predicate permissionPredicate) {
		return DSLQueryFactoryUtil.count(
		).from(
			CourseSessionTable.INSTANCE
		).innerJoinON(
			CourseTable.INSTANCE,
			CourseTable.INSTANCE.courseId.eq(
				CourseSessionTable.INSTANCE.courseId)
		).where(
			_where(permissionPredicate)
		);
	}

	/**
	 * @param orderByComparator the order, or null for the sessions' start
	 */
	public DSLQuery select(
		Predicate permissionPredicate, int start, int end,
		OrderByComparator<CourseSession> orderByComparator) {

		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			courseSessionTable
		).from(
			courseSessionTable
		).innerJoinON(
			CourseTable.INSTANCE,
			CourseTable.INSTANCE.courseId.eq(courseSessionTable.courseId)
		).where(
			_where(permissionPredicate)
		).orderBy(
			orderByStep -> {
				if (orderByComparator == null) {
					return orderByStep.orderBy(
						courseSessionTable.startDate.ascending(),
						courseSessionTable.courseSessionId.ascending());
				}

				return orderByStep.orderBy(
					courseSessionTable, orderByComparator);
			}
		).limit(
			start, end
		);
	}

	private Predicate _where(Predicate permissionPredicate) {
		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		Predicate predicate = courseSessionTable.groupId.eq(_groupId);

		if (_status != WorkflowConstants.STATUS_ANY) {
			predicate = predicate.and(courseSessionTable.status.eq(_status));
		}

		if (_trainingMethodId > 0) {
			predicate = predicate.and(
				courseSessionTable.trainingMethodId.eq(_trainingMethodId));
		}

		if (_courseId > 0) {
			predicate = predicate.and(
				courseSessionTable.courseId.eq(_courseId));
		}

		return predicate.and(
			KeywordsPredicate.of(
				_keywords, CourseTable.INSTANCE.title,
				courseSessionTable.venueName, courseSessionTable.locality)
		).and(
			permissionPredicate
		);
	}

	private final long _courseId;
	private final long _groupId;
	private final String _keywords;
	private final int _status;
	private final long _trainingMethodId;

}
