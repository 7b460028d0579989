package se.livsviktig.training.internal.catalog;

import com.liferay.petra.sql.dsl.Column;
import com.liferay.petra.sql.dsl.base.BaseTable;

import java.sql.Timestamp;
import java.sql.Types;

import se.livsviktig.training.model.CourseSessionTable;

/**
 * A session's start and end, declared as timestamps. In a column projection a Date column comes back as a date
 * without its time of day: BasePersistenceImpl gives a column of Date the scalar type DATE, which the portal's
 * TypeTranslator makes Hibernate's DATE. The same table and columns, declared as Timestamp, come back whole.
 * Public for the other projections of sessions (staffing's TaughtSessionsQuery).
 *
 * @author Livsviktig
 */
public final class CourseSessionTimestamps extends BaseTable<CourseSessionTimestamps> {

	public static final CourseSessionTimestamps INSTANCE =
		new CourseSessionTimestamps();

	public final Column<CourseSessionTimestamps, Timestamp> endDate = createColumn(
		"endDate", Timestamp.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);
	public final Column<CourseSessionTimestamps, Timestamp> startDate = createColumn(
		"startDate", Timestamp.class, Types.TIMESTAMP, Column.FLAG_DEFAULT);

	private CourseSessionTimestamps() {
		super(
			CourseSessionTable.INSTANCE.getTableName(),
			CourseSessionTimestamps::new);
	}

}
