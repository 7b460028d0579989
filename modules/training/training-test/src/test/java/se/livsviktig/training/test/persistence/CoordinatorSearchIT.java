package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.TrainingMethodTable;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The coordinators' lists of methods, courses and sessions (Livsviktig – Utbildning), each one query on
 * PostgreSQL: keywords (every word, any case, any language of a localised column), status, method and course
 * filters, order, paging, and the remote service's permission predicate narrowing the same query.
 *
 * @author Livsviktig
 */
class CoordinatorSearchIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@Test
	void sessionsAreFilteredSortedAndPagedInTheDatabase() throws Exception {
		long groupId = _rows.newId();

		long mhfa = _method(groupId, "MHFA Vuxen", "MHFA Adults", WorkflowConstants.STATUS_APPROVED);
		long yam = _method(groupId, "YAM", "YAM", WorkflowConstants.STATUS_APPROVED);

		long dareToAsk = _course(groupId, mhfa, "Våga fråga", "Dare to ask", WorkflowConstants.STATUS_APPROVED);
		long youth = _course(groupId, yam, "Unga", "Youth", WorkflowConstants.STATUS_APPROVED);

		long kiruna = _session(
			groupId, dareToAsk, mhfa, CourseSessionConstants.STATUS_PUBLISHED, "Stadshuset", "Kiruna", 10);
		long gallivare = _session(
			groupId, dareToAsk, mhfa, CourseSessionConstants.STATUS_DRAFT, "Folkets hus", "Gällivare", 5);
		long online = _session(groupId, youth, yam, CourseSessionConstants.STATUS_CANCELLED, "Online", "", 20);

		_session(_rows.newId(), dareToAsk, mhfa, CourseSessionConstants.STATUS_PUBLISHED, "Stadshuset", "Kiruna", 1);

		assertEquals(List.of(gallivare, kiruna, online), _sessions(groupId, null, ANY, 0, 0, null, null, ALL, ALL));
		assertEquals(3, _sessionsCount(groupId, null, ANY, 0, 0, null));

		assertEquals(
			List.of(gallivare, kiruna), _sessions(groupId, "DARE", ANY, 0, 0, null, null, ALL, ALL),
			"a word of the course's English title, in any case");
		assertEquals(
			List.of(kiruna), _sessions(groupId, "fråga  stadshuset", ANY, 0, 0, null, null, ALL, ALL),
			"every word must occur: the Swedish title and the venue");
		assertEquals(List.of(kiruna), _sessions(groupId, "kiruna", ANY, 0, 0, null, null, ALL, ALL), "the place");
		assertEquals(List.of(), _sessions(groupId, "%", ANY, 0, 0, null, null, ALL, ALL), "% is no wildcard");
		assertEquals(2, _sessionsCount(groupId, "dare", ANY, 0, 0, null));

		assertEquals(
			List.of(kiruna),
			_sessions(groupId, null, CourseSessionConstants.STATUS_PUBLISHED, 0, 0, null, null, ALL, ALL));
		assertEquals(List.of(online), _sessions(groupId, null, ANY, yam, 0, null, null, ALL, ALL));
		assertEquals(List.of(gallivare, kiruna), _sessions(groupId, null, ANY, 0, dareToAsk, null, null, ALL, ALL));
		assertEquals(1, _sessionsCount(groupId, null, ANY, yam, 0, null));

		Predicate mayView = CourseSessionTable.INSTANCE.courseSessionId.in(new Long[] {kiruna, online});

		assertEquals(
			List.of(kiruna, online), _sessions(groupId, null, ANY, 0, 0, mayView, null, ALL, ALL),
			"what the caller may view narrows the same query");
		assertEquals(2, _sessionsCount(groupId, null, ANY, 0, 0, mayView));

		OrderByComparator<CourseSession> byVenueDescending = _descending("venueName");

		assertEquals(
			List.of(kiruna, online, gallivare), _sessions(groupId, null, ANY, 0, 0, null, byVenueDescending, ALL, ALL));
		assertEquals(
			List.of(online), _sessions(groupId, null, ANY, 0, 0, null, byVenueDescending, 1, 2), "the second page of one");
	}

	@Test
	void coursesAreFilteredSortedAndPagedInTheDatabase() throws Exception {
		long groupId = _rows.newId();

		long mhfa = _method(groupId, "MHFA Vuxen", "MHFA Adults", WorkflowConstants.STATUS_APPROVED);
		long yam = _method(groupId, "YAM", "YAM", WorkflowConstants.STATUS_APPROVED);

		long dareToAsk = _course(groupId, mhfa, "Våga fråga", "Dare to ask", WorkflowConstants.STATUS_APPROVED);
		long youth = _course(groupId, yam, "Unga vuxna", "Young adults", WorkflowConstants.STATUS_DRAFT);
		long archived = _course(groupId, mhfa, "Gammal kurs", "Old course", WorkflowConstants.STATUS_INACTIVE);

		_course(_rows.newId(), mhfa, "Våga fråga", "Dare to ask", WorkflowConstants.STATUS_APPROVED);

		assertEquals(List.of(dareToAsk, youth, archived), _courses(groupId, null, ANY, 0, null, null, ALL, ALL));
		assertEquals(3, _coursesCount(groupId, null, ANY, 0, null));
		assertEquals(List.of(youth), _courses(groupId, "ADULTS", ANY, 0, null, null, ALL, ALL));
		assertEquals(List.of(dareToAsk), _courses(groupId, "våga", ANY, 0, null, null, ALL, ALL));
		assertEquals(
			List.of(dareToAsk), _courses(groupId, null, WorkflowConstants.STATUS_APPROVED, 0, null, null, ALL, ALL));
		assertEquals(List.of(dareToAsk, archived), _courses(groupId, null, ANY, mhfa, null, null, ALL, ALL));
		assertEquals(2, _coursesCount(groupId, null, ANY, mhfa, null));

		Predicate mayView = CourseTable.INSTANCE.courseId.eq(youth);

		assertEquals(List.of(youth), _courses(groupId, null, ANY, 0, mayView, null, ALL, ALL));
		assertEquals(1, _coursesCount(groupId, null, ANY, 0, mayView));

		assertEquals(
			List.of(archived, youth), _courses(groupId, null, ANY, 0, null, _descending("courseId"), 0, 2),
			"the first page, newest first");
	}

	@Test
	void trainingMethodsAreFilteredSortedAndPagedInTheDatabase() throws Exception {
		long groupId = _rows.newId();

		long mhfa = _method(groupId, "MHFA Vuxen", "MHFA Adults", WorkflowConstants.STATUS_APPROVED);
		long sip = _method(groupId, "SIP", "Coordinated individual plan", WorkflowConstants.STATUS_APPROVED);
		long old = _method(groupId, "Gammal metod", "Old method", WorkflowConstants.STATUS_INACTIVE);

		_method(_rows.newId(), "MHFA Vuxen", "MHFA Adults", WorkflowConstants.STATUS_APPROVED);

		assertEquals(List.of(mhfa, sip, old), _methods(groupId, null, ANY, null, null, ALL, ALL));
		assertEquals(3, _methodsCount(groupId, null, ANY, null));
		assertEquals(List.of(sip), _methods(groupId, "individual", ANY, null, null, ALL, ALL));
		assertEquals(List.of(mhfa), _methods(groupId, "vuxen", ANY, null, null, ALL, ALL));
		assertEquals(List.of(old), _methods(groupId, null, WorkflowConstants.STATUS_INACTIVE, null, null, ALL, ALL));
		assertEquals(2, _methodsCount(groupId, null, WorkflowConstants.STATUS_APPROVED, null));

		Predicate mayView = TrainingMethodTable.INSTANCE.trainingMethodId.eq(sip);

		assertEquals(List.of(sip), _methods(groupId, null, ANY, mayView, null, ALL, ALL));
		assertEquals(1, _methodsCount(groupId, null, ANY, mayView));

		assertEquals(List.of(sip, mhfa), _methods(groupId, null, ANY, null, _descending("trainingMethodId"), 1, 3));
	}

	private static String _localized(String swedish, String english) {
		return "<?xml version='1.0' encoding='UTF-8'?><root available-locales=\"sv_SE,en_US\" " +
			"default-locale=\"sv_SE\"><Title language-id=\"sv_SE\">" + swedish +
				"</Title><Title language-id=\"en_US\">" + english + "</Title></root>";
	}

	private long _course(long groupId, long trainingMethodId, String swedish, String english, int status)
		throws Exception {

		return _rows.course(
			course -> {
				course.setGroupId(groupId);
				course.setTrainingMethodId(trainingMethodId);
				course.setTitle(_localized(swedish, english));
				course.setStatus(status);
			}
		).getCourseId();
	}

	private List<Long> _courses(
			long groupId, String keywords, int status, long trainingMethodId, Predicate predicate,
			OrderByComparator<Course> orderByComparator, int start, int end)
		throws Exception {

		return _ids(
			_rows.read(
				() -> harness.get(
					CourseLocalService.class
				).searchCourses(
					groupId, keywords, status, trainingMethodId, predicate, start, end, orderByComparator
				)),
			Course::getCourseId);
	}

	private int _coursesCount(long groupId, String keywords, int status, long trainingMethodId, Predicate predicate)
		throws Exception {

		return _rows.read(
			() -> harness.get(
				CourseLocalService.class
			).searchCoursesCount(
				groupId, keywords, status, trainingMethodId, predicate
			));
	}

	/**
	 * What the display contexts build: one column, then the primary key, so a page never repeats a row.
	 */
	private static <T extends BaseModel<T>> OrderByComparator<T> _descending(String field) {
		return new OrderByComparator<T>() {

			@Override
			public int compare(T model1, T model2) {
				throw new UnsupportedOperationException("The database sorts");
			}

			@Override
			public String[] getOrderByFields() {
				return new String[] {field};
			}

			@Override
			public boolean isAscending() {
				return false;
			}

		};
	}

	private static <T> List<Long> _ids(List<T> models, ToLongFunction<T> id) {
		return models.stream(
		).map(
			model -> id.applyAsLong(model)
		).collect(
			Collectors.toList()
		);
	}

	private long _method(long groupId, String swedish, String english, int status) throws Exception {
		return _rows.trainingMethod(
			trainingMethod -> {
				trainingMethod.setGroupId(groupId);
				trainingMethod.setName(_localized(swedish, english).replace("Title", "Name"));
				trainingMethod.setStatus(status);
			}
		).getTrainingMethodId();
	}

	private List<Long> _methods(
			long groupId, String keywords, int status, Predicate predicate,
			OrderByComparator<TrainingMethod> orderByComparator, int start, int end)
		throws Exception {

		return _ids(
			_rows.read(
				() -> harness.get(
					TrainingMethodLocalService.class
				).searchTrainingMethods(
					groupId, keywords, status, predicate, start, end, orderByComparator
				)),
			TrainingMethod::getTrainingMethodId);
	}

	private int _methodsCount(long groupId, String keywords, int status, Predicate predicate) throws Exception {
		return _rows.read(
			() -> harness.get(
				TrainingMethodLocalService.class
			).searchTrainingMethodsCount(
				groupId, keywords, status, predicate
			));
	}

	private long _session(
			long groupId, long courseId, long trainingMethodId, int status, String venueName, String locality,
			int days)
		throws Exception {

		return _rows.courseSession(
			courseSession -> {
				courseSession.setGroupId(groupId);
				courseSession.setCourseId(courseId);
				courseSession.setTrainingMethodId(trainingMethodId);
				courseSession.setStatus(status);
				courseSession.setVenueName(venueName);
				courseSession.setLocality(locality);
				courseSession.setStartDate(new Date(_NOW.getTime() + (days * 86_400_000L)));
			}
		).getCourseSessionId();
	}

	private List<Long> _sessions(
			long groupId, String keywords, int status, long trainingMethodId, long courseId, Predicate predicate,
			OrderByComparator<CourseSession> orderByComparator, int start, int end)
		throws Exception {

		return _ids(
			_rows.read(
				() -> harness.get(
					CourseSessionLocalService.class
				).searchCourseSessions(
					groupId, keywords, status, trainingMethodId, courseId, predicate, start, end, orderByComparator
				)),
			CourseSession::getCourseSessionId);
	}

	private int _sessionsCount(
			long groupId, String keywords, int status, long trainingMethodId, long courseId, Predicate predicate)
		throws Exception {

		return _rows.read(
			() -> harness.get(
				CourseSessionLocalService.class
			).searchCourseSessionsCount(
				groupId, keywords, status, trainingMethodId, courseId, predicate
			));
	}

	private static final int ALL = QueryUtil.ALL_POS;

	private static final int ANY = WorkflowConstants.STATUS_ANY;

	private static final Date _NOW = new Date(1_900_000_000_000L);

	private final TrainingRows _rows = new TrainingRows(harness);

}
