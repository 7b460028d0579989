package se.livsviktig.training.internal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.liferay.petra.sql.dsl.Column;

import java.math.BigDecimal;

import java.sql.Timestamp;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;

/**
 * The catalogue's rows from the persistence's column projection: each column where the entry expects it,
 * whatever number type the driver returns.
 *
 * @author Livsviktig
 */
public class CatalogEntriesTest {

	@Test
	public void eachColumnLandsInItsField() {
		Timestamp start = new Timestamp(1_900_000_000_000L);
		Timestamp end = new Timestamp(1_900_028_800_000L);

		List<CatalogEntry> catalogEntries = CatalogEntries.of(
			Collections.singletonList(
				new Object[] {
					30001L, 41001L, BigDecimal.valueOf(40001), "<root/>", 1,
					"Sundsvall", "Folkets hus", start, end, 20, (short)7
				}));

		CatalogEntry catalogEntry = catalogEntries.get(0);

		assertEquals(30001L, catalogEntry.getCourseSessionId());
		assertEquals(41001L, catalogEntry.getCourseId());
		assertEquals(40001L, catalogEntry.getTrainingMethodId());
		assertEquals("<root/>", catalogEntry.getCourseTitleXML());
		assertEquals(1, catalogEntry.getDeliveryMode());
		assertEquals("Sundsvall", catalogEntry.getLocality());
		assertEquals("Folkets hus", catalogEntry.getVenueName());
		assertEquals(start.getTime(), catalogEntry.getStartDate().getTime());
		assertSame(Date.class, catalogEntry.getStartDate().getClass());
		assertEquals(end.getTime(), catalogEntry.getEndDate().getTime());
		assertEquals(20, catalogEntry.getSeats());
		assertEquals(7, catalogEntry.getSeatsTaken());
	}

	@Test
	public void aSessionWithoutAnEndHasNone() {
		CatalogEntry catalogEntry = CatalogEntries.of(
			Collections.singletonList(
				new Object[] {
					30001L, 41001L, 40001L, "<root/>", 0, "", "", new Date(),
					null, 20, 0
				})
		).get(
			0
		);

		assertNull(catalogEntry.getEndDate());
	}

	/**
	 * A Date column in a column projection comes back without its time of day (Hibernate's DATE).
	 */
	@Test
	public void theDatesAreReadAsTimestamps() {
		for (int i : new int[] {7, 8}) {
			Column<?, ?> column = (Column<?, ?>)CatalogEntries.COLUMNS[i];

			assertEquals(Timestamp.class, column.getJavaType());
			assertEquals(
				CourseSessionTable.INSTANCE.getTableName(),
				column.getTable().getTableName());
		}
	}

	@Test
	public void theColumnsAreTheOnesTheEntryIsMadeOf() {
		assertEquals(11, CatalogEntries.COLUMNS.length);
		assertSame(
			CourseSessionTable.INSTANCE.courseSessionId,
			CatalogEntries.COLUMNS[0]);
		assertSame(CourseTable.INSTANCE.title, CatalogEntries.COLUMNS[3]);
		assertSame(
			CourseSessionTable.INSTANCE.seatsTaken, CatalogEntries.COLUMNS[10]);
	}

}
