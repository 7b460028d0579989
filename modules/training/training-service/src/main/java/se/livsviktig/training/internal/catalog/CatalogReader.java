package se.livsviktig.training.internal.catalog;

import com.liferay.petra.sql.dsl.expression.Predicate;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Reads the catalogue for one filter (a {@link CatalogQuery}): its sessions, its page as the catalogue shows it,
 * that page with the number of sessions of every page, or that number alone.
 *
 * @author Livsviktig
 */
public final class CatalogReader {

	/**
	 * @param trainingMethodId a method, or 0 for all
	 * @param startDateFrom with startDateTo, the period the sessions start in (the month filter), or null
	 * @param locality a place, or null for all
	 * @param deliveryMode a delivery mode, or -1 for all
	 */
	public CatalogReader(
		CourseSessionPersistence courseSessionPersistence,
		CatalogPageRows catalogPageRows, long groupId, Date now,
		long trainingMethodId, Date startDateFrom, Date startDateTo,
		String locality, int deliveryMode, boolean onlyWithFreeSeats) {

		_courseSessionPersistence = courseSessionPersistence;
		_catalogPageRows = catalogPageRows;

		_catalogQuery = new CatalogQuery(
			groupId, now
		).setTrainingMethodId(
			trainingMethodId
		).setStartPeriod(
			startDateFrom, startDateTo
		).setLocality(
			locality
		).setDeliveryMode(
			deliveryMode
		).setOnlyWithFreeSeats(
			onlyWithFreeSeats
		);
	}

	public int count(Predicate permissionPredicate) {
		return _courseSessionPersistence.dslQueryCount(
			_catalogQuery.count(permissionPredicate));
	}

	/**
	 * Each session of the page with its course's title, in one statement.
	 */
	public List<CatalogEntry> entries(
		Predicate permissionPredicate, int start, int end) {

		List<Object[]> rows = _courseSessionPersistence.dslQuery(
			_catalogQuery.selectEntries(permissionPredicate, start, end));

		return CatalogEntries.of(rows);
	}

	/**
	 * The page as {@link #entries} reads it and the number of sessions of every page, in one statement: the search
	 * container needs both on every render. Only a page past the last one, which has no row to carry the total,
	 * asks for the count apart. The statement goes where {@link CatalogPageRows} sends it (plain JDBC on
	 * PostgreSQL and MariaDB).
	 */
	public CatalogPage page(Predicate permissionPredicate, int start, int end) {
		List<Object[]> rows = _catalogPageRows.read(
			_catalogQuery.selectPage(permissionPredicate, start, end));

		if (!rows.isEmpty()) {
			return new CatalogPage(
				CatalogEntries.of(rows), CatalogEntries.totalOf(rows));
		}

		if (start <= 0) {
			return new CatalogPage(Collections.emptyList(), 0);
		}

		return new CatalogPage(Collections.emptyList(), count(permissionPredicate));
	}

	public List<CourseSession> sessions(
		Predicate permissionPredicate, int start, int end) {

		return _courseSessionPersistence.dslQuery(
			_catalogQuery.select(permissionPredicate, start, end));
	}

	private final CatalogPageRows _catalogPageRows;
	private final CatalogQuery _catalogQuery;
	private final CourseSessionPersistence _courseSessionPersistence;

}
