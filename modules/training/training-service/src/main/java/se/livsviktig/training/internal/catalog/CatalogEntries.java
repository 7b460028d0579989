package se.livsviktig.training.internal.catalog;

import com.liferay.petra.sql.dsl.expression.Expression;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;

/**
 * The columns the catalogue's page reads, and the entries made of them: the persistence returns a column
 * projection as one Object[] per row, in the order of {@link #COLUMNS}. The dates are read through
 * {@link CourseSessionTimestamps}, or they would lose their time of day.
 *
 * @author Livsviktig
 */
public final class CatalogEntries {

	public static final Expression<?>[] COLUMNS = {
		CourseSessionTable.INSTANCE.courseSessionId,
		CourseSessionTable.INSTANCE.courseId,
		CourseSessionTable.INSTANCE.trainingMethodId, CourseTable.INSTANCE.title,
		CourseSessionTable.INSTANCE.deliveryMode,
		CourseSessionTable.INSTANCE.locality,
		CourseSessionTable.INSTANCE.venueName,
		CourseSessionTimestamps.INSTANCE.startDate,
		CourseSessionTimestamps.INSTANCE.endDate,
		CourseSessionTable.INSTANCE.seats,
		CourseSessionTable.INSTANCE.seatsTaken
	};

	/**
	 * Where {@link CatalogQuery#selectPage} puts the number of rows of every page: after {@link #COLUMNS}.
	 */
	public static final int TOTAL_COLUMN = COLUMNS.length;

	public static List<CatalogEntry> of(List<Object[]> rows) {
		List<CatalogEntry> catalogEntries = new ArrayList<>(rows.size());

		for (Object[] row : rows) {
			catalogEntries.add(
				new CatalogEntry(
					_long(row[0]), _long(row[1]), _long(row[2]), (String)row[3],
					_int(row[4]), (String)row[5], (String)row[6],
					_date(row[7]), _date(row[8]), _int(row[9]), _int(row[10])));
		}

		return catalogEntries;
	}

	/**
	 * The total that {@link CatalogQuery#selectPage} reads with each row, the same in every row.
	 *
	 * @param  rows a page of rows, not empty
	 */
	public static int totalOf(List<Object[]> rows) {
		return _int(rows.get(0)[TOTAL_COLUMN]);
	}

	/**
	 * A copy: the driver's Timestamp would otherwise reach the page, whose equals and nanos differ from Date's.
	 */
	private static Date _date(Object value) {
		if (value == null) {
			return null;
		}

		return new Date(((Date)value).getTime());
	}

	private static int _int(Object value) {
		if (value == null) {
			return 0;
		}

		return ((Number)value).intValue();
	}

	private static long _long(Object value) {
		if (value == null) {
			return 0;
		}

		return ((Number)value).longValue();
	}

	private CatalogEntries() {
	}

}
