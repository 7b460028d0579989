package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.service.CourseSessionLocalService;

/**
 * The catalogue's page as its rows show it, through the local service's persistence on PostgreSQL: each upcoming
 * published session with its course's title in one statement, whatever the number of rows, in the same order and
 * with the same filter as the catalogue's sessions, narrowed by what the caller may view.
 *
 * @author Livsviktig
 */
class CatalogueEntriesIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@Test
	void eachRowCarriesWhatTheCatalogueShowsWithItsCoursesTitle()
		throws Exception {

		long groupId = _rows.newId();

		long mhfa = _course(
			groupId, WorkflowConstants.STATUS_APPROVED,
			"Första hjälpen till psykisk hälsa", "Mental Health First Aid");
		long draft = _course(
			groupId, WorkflowConstants.STATUS_DRAFT, "Utkast", "Draft");

		Date later = _minutesFromNow(3 * 24 * 60 + 30);
		Date sooner = _minutesFromNow(24 * 60 + 15);

		CourseSession online = _session(
			groupId, mhfa, CourseSessionConstants.STATUS_PUBLISHED, later,
			CourseSessionConstants.DELIVERY_MODE_ONLINE, "", "", 12, 12);
		CourseSession onSite = _session(
			groupId, mhfa, CourseSessionConstants.STATUS_PUBLISHED, sooner,
			CourseSessionConstants.DELIVERY_MODE_ON_SITE, "Sundsvall",
			"Folkets hus", 20, 7);

		_session(
			groupId, mhfa, CourseSessionConstants.STATUS_DRAFT, sooner,
			CourseSessionConstants.DELIVERY_MODE_ON_SITE, "Sundsvall", "", 5, 0);
		_session(
			groupId, draft, CourseSessionConstants.STATUS_PUBLISHED, sooner,
			CourseSessionConstants.DELIVERY_MODE_ON_SITE, "Sundsvall", "", 5, 0);
		_session(
			groupId, mhfa, CourseSessionConstants.STATUS_PUBLISHED,
			_minutesFromNow(-60), CourseSessionConstants.DELIVERY_MODE_ON_SITE,
			"Sundsvall", "", 5, 0);

		List<CatalogEntry> catalogEntries = _entries(groupId, null, 0, 20);

		assertEquals(
			List.of(onSite.getCourseSessionId(), online.getCourseSessionId()),
			_ids(catalogEntries), "upcoming published sessions of approved courses, soonest first");

		CatalogEntry first = catalogEntries.get(0);

		assertEquals(mhfa, first.getCourseId());
		assertEquals(onSite.getTrainingMethodId(), first.getTrainingMethodId());
		assertEquals(
			"Första hjälpen till psykisk hälsa",
			first.getCourseTitle(new Locale("sv", "SE")));
		assertEquals(
			"Mental Health First Aid", first.getCourseTitle(Locale.US));
		assertEquals(
			"Första hjälpen till psykisk hälsa",
			first.getCourseTitle(Locale.GERMANY),
			"a language the course lacks falls back to its default, as Course.getTitle(Locale) does");
		assertEquals(
			CourseSessionConstants.DELIVERY_MODE_ON_SITE,
			first.getDeliveryMode());
		assertEquals("Sundsvall", first.getLocality());
		assertEquals("Folkets hus", first.getVenueName());
		assertEquals(
			sooner.getTime(), first.getStartDate().getTime(),
			"the start keeps its time of day");
		assertEquals(
			onSite.getEndDate().getTime(), first.getEndDate().getTime());
		assertEquals(20, first.getSeats());
		assertEquals(7, first.getSeatsTaken());

		assertEquals(
			CourseSessionConstants.DELIVERY_MODE_ONLINE,
			catalogEntries.get(1).getDeliveryMode());
		assertEquals(12, catalogEntries.get(1).getSeatsTaken());

		assertEquals(
			List.of(online.getCourseSessionId()),
			_ids(
				_entries(
					groupId,
					CourseSessionTable.INSTANCE.courseSessionId.eq(
						online.getCourseSessionId()),
					0, 20)),
			"what the caller may view narrows the same query");
		assertEquals(
			List.of(online.getCourseSessionId()),
			_ids(_entries(groupId, null, 1, 2)), "a page is a slice");
	}

	@Test
	void aFullPageIsOneStatement() throws Exception {
		long groupId = _rows.newId();

		List<Long> courseIds = new ArrayList<>();

		for (int i = 0; i < _PAGE_SIZE; i++) {
			long courseId = _course(
				groupId, WorkflowConstants.STATUS_APPROVED, "Kurs " + i,
				"Course " + i);

			courseIds.add(courseId);

			_session(
				groupId, courseId, CourseSessionConstants.STATUS_PUBLISHED,
				_minutesFromNow(24 * 60 + i),
				CourseSessionConstants.DELIVERY_MODE_ON_SITE, "Sundsvall", "",
				10, 0);
		}

		harness.resetStatementCount();

		List<CatalogEntry> catalogEntries = harness.get(
			CourseSessionLocalService.class
		).getCatalogEntries(
			groupId, 0, null, null, null, -1, false, null, 0, _PAGE_SIZE
		);

		List<String> titles = new ArrayList<>();

		for (CatalogEntry catalogEntry : catalogEntries) {
			titles.add(catalogEntry.getCourseTitle(Locale.US));
		}

		assertEquals(
			1, harness.statementCount(),
			"the page and every row's course title in one statement, not one more per row");
		assertEquals(_PAGE_SIZE, titles.size());
		assertEquals("Course 0", titles.get(0));
		assertEquals("Course " + (_PAGE_SIZE - 1), titles.get(_PAGE_SIZE - 1));
		assertEquals(
			courseIds,
			catalogEntries.stream(
			).map(
				CatalogEntry::getCourseId
			).collect(
				Collectors.toList()
			));
	}

	/**
	 * The search container's page and total, by plain JDBC on PostgreSQL (CatalogPageRows): one statement with the
	 * total in the rows; only a page past the last one asks for the count apart (through Hibernate).
	 */
	@Test
	void aPageAndItsTotalAreOneStatement() throws Exception {
		long groupId = _rows.newId();

		long courseId = _course(
			groupId, WorkflowConstants.STATUS_APPROVED, "Kurs", "Course");

		List<Long> courseSessionIds = new ArrayList<>();

		for (int i = 0; i < 5; i++) {
			courseSessionIds.add(
				_session(
					groupId, courseId, CourseSessionConstants.STATUS_PUBLISHED,
					_minutesFromNow(24 * 60 + i),
					CourseSessionConstants.DELIVERY_MODE_ON_SITE, "Sundsvall",
					"", 10, 0
				).getCourseSessionId());
		}

		CourseSessionLocalService courseSessionLocalService = harness.get(
			CourseSessionLocalService.class);

		harness.resetStatementCount();

		CatalogPage catalogPage = courseSessionLocalService.getCatalogPage(
			groupId, 0, null, null, null, -1, false, null, 2, 4);

		assertEquals(
			1, harness.statementCount(), "the page and its total in one statement");
		assertEquals(5, catalogPage.getTotal(), "every page's sessions");
		assertEquals(
			courseSessionIds.subList(2, 4), _ids(catalogPage.getCatalogEntries()));
		assertEquals(
			"Course",
			catalogPage.getCatalogEntries(
			).get(
				0
			).getCourseTitle(
				Locale.US
			));

		harness.resetStatementCount();

		catalogPage = courseSessionLocalService.getCatalogPage(
			groupId, 0, null, null, null, -1, false, null, 20, 40);

		assertEquals(
			2, harness.statementCount(),
			"a page past the last one has no row to carry the total: the count apart");
		assertEquals(5, catalogPage.getTotal());
		assertEquals(List.of(), catalogPage.getCatalogEntries());
	}

	/**
	 * The page goes by plain JDBC: inside a transaction, on the transaction's connection and after Hibernate has
	 * flushed what it holds, as Hibernate's own query did; so a session the transaction wrote and has not
	 * committed is in it. On a connection of its own, or without the flush, the page would miss it.
	 */
	@Test
	void insideATransactionThePageSeesWhatTheTransactionWrote()
		throws Exception {

		long groupId = _rows.newId();

		long courseId = _course(
			groupId, WorkflowConstants.STATUS_APPROVED, "Kurs", "Course");

		CatalogPage catalogPage = harness.inTransaction(
			() -> {
				_session(
					groupId, courseId, CourseSessionConstants.STATUS_PUBLISHED,
					_minutesFromNow(24 * 60),
					CourseSessionConstants.DELIVERY_MODE_ON_SITE, "Sundsvall",
					"", 10, 0);

				return harness.get(
					CourseSessionLocalService.class
				).getCatalogPage(
					groupId, 0, null, null, null, -1, false, null, 0, 20
				);
			});

		assertEquals(
			1, catalogPage.getTotal(),
			"the session the transaction wrote and has not committed");
		assertEquals(1, catalogPage.getCatalogEntries().size());
	}

	private long _course(
			long groupId, int status, String swedishTitle, String englishTitle)
		throws Exception {

		String title =
			"<?xml version='1.0' encoding='UTF-8'?><root available-locales=\"sv_SE,en_US\" " +
				"default-locale=\"sv_SE\"><Title language-id=\"sv_SE\">" + swedishTitle +
					"</Title><Title language-id=\"en_US\">" + englishTitle + "</Title></root>";

		return _rows.course(
			course -> {
				course.setGroupId(groupId);
				course.setStatus(status);
				course.setTitle(title);
			}
		).getCourseId();
	}

	private List<CatalogEntry> _entries(
			long groupId, Predicate permissionPredicate, int start, int end)
		throws Exception {

		return _rows.read(
			() -> harness.get(
				CourseSessionLocalService.class
			).getCatalogEntries(
				groupId, 0, null, null, null, -1, false, permissionPredicate,
				start, end
			));
	}

	private static List<Long> _ids(List<CatalogEntry> catalogEntries) {
		return catalogEntries.stream(
		).map(
			CatalogEntry::getCourseSessionId
		).collect(
			Collectors.toList()
		);
	}

	/**
	 * Whole seconds, which both the JVM and the database keep exactly, a number of minutes from now.
	 */
	private static Date _minutesFromNow(int minutes) {
		long now = (System.currentTimeMillis() / 1000) * 1000;

		return new Date(now + (minutes * 60_000L));
	}

	private CourseSession _session(
			long groupId, long courseId, int status, Date startDate,
			int deliveryMode, String locality, String venueName, int seats,
			int seatsTaken)
		throws Exception {

		long trainingMethodId = _rows.newId();

		return _rows.courseSession(
			courseSession -> {
				courseSession.setGroupId(groupId);
				courseSession.setCourseId(courseId);
				courseSession.setTrainingMethodId(trainingMethodId);
				courseSession.setStatus(status);
				courseSession.setStartDate(startDate);
				courseSession.setEndDate(
					new Date(startDate.getTime() + (7 * 3_600_000L)));
				courseSession.setDeliveryMode(deliveryMode);
				courseSession.setLocality(locality);
				courseSession.setVenueName(venueName);
				courseSession.setSeats(seats);
				courseSession.setSeatsTaken(seatsTaken);
			});
	}

	private static final int _PAGE_SIZE = 20;

	private final TrainingRows _rows = new TrainingRows(harness);

}
