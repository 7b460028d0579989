package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;

import java.sql.Timestamp;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.internal.catalog.CatalogPageRows;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.SessionDatesException;
import se.livsviktig.training.exception.SessionDeadlineException;
import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.exception.SessionSeatsException;
import se.livsviktig.training.exception.SessionVenueException;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.registration.WaitlistPromoter;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.model.impl.SessionAudienceImpl;
import se.livsviktig.training.model.impl.SessionDateImpl;
import se.livsviktig.training.model.impl.SessionQuotaImpl;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.CoursePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;
import se.livsviktig.training.service.persistence.SessionDatePersistence;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * A course session, its dates, audience and quotas are stored only when the input is valid; bad input is
 * refused with the exception the form points at a field with, and nothing is written.
 *
 * @author Livsviktig
 */
public class CourseSessionLocalServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		CourseSession.class, "venueName", 150
	).maxLength(
		CourseSession.class, "venueAddress", 255
	).maxLength(
		CourseSession.class, "locality", 75
	).maxLength(
		CourseSession.class, "onlineMeetingURL", 500
	);

	public static Stream<Arguments> badQuotas() {
		return Stream.of(
			arguments(
				"more reserved seats than the session has",
				(Consumer<QuotaInput>)input -> input.seats = new int[] {12, 9},
				SessionQuotaException.class),
			arguments(
				"a release after the start",
				(Consumer<QuotaInput>)input -> input.releaseDates[1] =
					RegistrationFixture.daysFromNow(15),
				SessionQuotaException.class),
			arguments(
				"no release date",
				(Consumer<QuotaInput>)input -> input.releaseDates[0] = null,
				SessionQuotaException.class),
			arguments(
				"a quota of no seats",
				(Consumer<QuotaInput>)input -> input.seats = new int[] {0, 4},
				SessionQuotaException.class),
			arguments(
				"the same administration twice",
				(Consumer<QuotaInput>)input -> input.organizationIds =
					new long[] {RegistrationFixture.SOF, RegistrationFixture.SOF},
				SessionQuotaException.class),
			arguments(
				"a quota without seats or date",
				(Consumer<QuotaInput>)input -> input.seats = new int[] {4},
				SessionQuotaException.class),
			arguments(
				"another company's organisation",
				(Consumer<QuotaInput>)input -> input.organizationIds[1] =
					_OTHER_COMPANY_ORGANIZATION_ID,
				SessionQuotaException.MustBeOrganization.class),
			arguments(
				"an organisation that does not exist",
				(Consumer<QuotaInput>)input -> input.organizationIds[1] = 404,
				SessionQuotaException.MustBeOrganization.class));
	}

	public static Stream<Arguments> badSessionInput() {
		return Stream.of(
			_bad(
				"no seats", input -> input.seats = 0,
				SessionSeatsException.class),
			_bad(
				"a negative number of seats", input -> input.seats = -5,
				SessionSeatsException.class),
			_bad(
				"more seats than 1000", input -> input.seats = 1001,
				SessionSeatsException.class),
			_bad(
				"no dates",
				input -> {
					input.startDates = new Date[0];
					input.endDates = new Date[0];
				},
				SessionDatesException.class),
			_bad(
				"missing dates",
				input -> {
					input.startDates = null;
					input.endDates = null;
				},
				SessionDatesException.class),
			_bad(
				"a start without an end",
				input -> input.endDates = new Date[] {input.endDates[0]},
				SessionDatesException.class),
			_bad(
				"a date that ends before it starts",
				input -> input.endDates[0] = _at(14, 8),
				SessionDatesException.class),
			_bad(
				"a date that ends as it starts",
				input -> input.endDates[0] = input.startDates[0],
				SessionDatesException.class),
			_bad(
				"overlapping dates",
				input -> input.startDates[1] = _at(14, 15),
				SessionDatesException.class),
			_bad(
				"registration opening after it closes",
				input -> input.registrationOpenDate = _at(11, 9),
				SessionDeadlineException.RegistrationWindow.class),
			_bad(
				"registration closing after the start",
				input -> input.registrationCloseDate = _at(14, 10),
				SessionDeadlineException.RegistrationWindow.class),
			_bad(
				"a cancellation deadline after the start",
				input -> input.cancellationDeadline = _at(14, 12),
				SessionDeadlineException.CancellationDeadline.class),
			_bad(
				"an on-site session without a venue",
				input -> input.venueName = " ",
				SessionVenueException.MustHaveVenue.class),
			_bad(
				"a hybrid session without a venue",
				input -> {
					input.deliveryMode =
						CourseSessionConstants.DELIVERY_MODE_HYBRID;
					input.onlineMeetingURL = "https://meet.example.se/mhfa";
					input.venueName = null;
				},
				SessionVenueException.MustHaveVenue.class),
			_bad(
				"an online session without a meeting link",
				input -> _online(input, null),
				SessionVenueException.MustHaveMeetingURL.class),
			_bad(
				"an online session with an http link",
				input -> _online(input, "http://meet.example.se/mhfa"),
				SessionVenueException.MustHaveMeetingURL.class),
			_bad(
				"an online session with something that is not a link",
				input -> _online(input, "https//meet"),
				SessionVenueException.MustHaveMeetingURL.class),
			_bad(
				"a venue name longer than 150 characters",
				input -> input.venueName = "V".repeat(151),
				SessionVenueException.class),
			_bad(
				"an unknown delivery mode", input -> input.deliveryMode = 7,
				SessionVenueException.class),
			_bad(
				"an unknown waitlist mode", input -> input.waitlistMode = 9,
				SessionSeatsException.class),
			_bad(
				"an offer held longer than a week",
				input -> {
					input.waitlistMode =
						CourseSessionConstants.WAITLIST_MODE_OFFER;
					input.offerHours = 169;
				},
				SessionSeatsException.class),
			_bad(
				"another company's organisation in the audience",
				input -> input.audienceOrganizationIds = new long[] {
					RegistrationFixture.SOF, _OTHER_COMPANY_ORGANIZATION_ID
				},
				SessionQuotaException.MustBeOrganization.class),
			_bad(
				"an unknown organisation in the audience",
				input -> input.audienceOrganizationIds = new long[] {404},
				SessionQuotaException.MustBeOrganization.class),
			_bad(
				"an unknown coordinator",
				input -> input.coordinatorUserId = 404,
				SessionVenueException.MustHaveCoordinator.class),
			_bad(
				"another company's coordinator",
				input -> input.coordinatorUserId = _OTHER_COMPANY_USER_ID,
				SessionVenueException.MustHaveCoordinator.class));
	}

	@Test
	public void aCatalogPageAndItsTotalAreOneQuery() {
		Date startDate = new Date(
			RegistrationFixture.NOW.toEpochMilli() + 86_400_000L);

		when(
			_courseSessionPersistence.<List<Object[]>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			Arrays.asList(
				_catalogRow(_SESSION_ID, startDate, 43L),
				_catalogRow(_SESSION_ID + 1, startDate, 43L))
		);

		CatalogPage catalogPage = _service.getCatalogPage(
			_GROUP_ID, 0, null, null, null, -1, false, null, 20, 40);

		assertEquals(43, catalogPage.getTotal(), "the total read with the rows");
		assertEquals(2, catalogPage.getCatalogEntries().size());

		CatalogEntry catalogEntry = catalogPage.getCatalogEntries().get(0);

		assertEquals(_SESSION_ID, catalogEntry.getCourseSessionId());
		assertEquals(_COURSE_ID, catalogEntry.getCourseId());
		assertEquals("<root>Titel</root>", catalogEntry.getCourseTitleXML());
		assertEquals(startDate, catalogEntry.getStartDate());
		assertEquals(30, catalogEntry.getSeats());
		assertEquals(20, catalogEntry.getSeatsTaken());

		verify(
			_courseSessionPersistence
		).dslQuery(
			any(DSLQuery.class)
		);
		verify(
			_courseSessionPersistence, never()
		).dslQueryCount(
			any(DSLQuery.class)
		);
	}

	@Test
	public void anEmptyFirstCatalogPageHasNoSessionsAtAllWithoutACount() {
		when(
			_courseSessionPersistence.<List<Object[]>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			Collections.emptyList()
		);

		CatalogPage catalogPage = _service.getCatalogPage(
			_GROUP_ID, 0, null, null, null, -1, false, null, 0, 20);

		assertEquals(0, catalogPage.getTotal());
		assertEquals(0, catalogPage.getCatalogEntries().size());
		verify(
			_courseSessionPersistence, never()
		).dslQueryCount(
			any(DSLQuery.class)
		);
	}

	/**
	 * A page past the last one has no row to carry the total, so the count is asked for apart: the search container
	 * needs it to move to the last page.
	 */
	@Test
	public void aCatalogPagePastTheLastAsksForTheCountApart() {
		when(
			_courseSessionPersistence.<List<Object[]>>dslQuery(
				any(DSLQuery.class))
		).thenReturn(
			Collections.emptyList()
		);
		when(
			_courseSessionPersistence.dslQueryCount(any(DSLQuery.class))
		).thenReturn(
			13
		);

		CatalogPage catalogPage = _service.getCatalogPage(
			_GROUP_ID, 0, null, null, null, -1, false, null, 40, 60);

		assertEquals(13, catalogPage.getTotal());
		assertEquals(0, catalogPage.getCatalogEntries().size());
	}

	@Test
	public void addCourseSessionRefusesAnotherCompanysCourse()
		throws Exception {

		when(
			_course.getCompanyId()
		).thenReturn(
			1L
		);

		assertThrows(
			NoSuchCourseException.class, () -> _add(new SessionInput()));

		_verifyNothingAdded();
	}

	@Test
	public void addCourseSessionRefusesACourseThatDoesNotExist()
		throws Exception {

		when(
			_coursePersistence.fetchByPrimaryKey(_COURSE_ID)
		).thenReturn(
			null
		);

		assertThrows(
			NoSuchCourseException.class, () -> _add(new SessionInput()));

		_verifyNothingAdded();
	}

	@ParameterizedTest(name = "addCourseSession refuses {0} and writes nothing")
	@MethodSource("badSessionInput")
	public void addCourseSessionRefusesBadInputAndWritesNothing(
			String what, Consumer<SessionInput> breakIt,
			Class<? extends Exception> exceptionClass)
		throws Exception {

		SessionInput input = new SessionInput();

		breakIt.accept(input);

		assertThrows(exceptionClass, () -> _add(input));

		_verifyNothingAdded();
	}

	@Test
	public void addCourseSessionStoresADraftWithItsDatesAndAudience()
		throws Exception {

		ServiceContext serviceContext = new ServiceContext();

		CourseSession courseSession = _add(new SessionInput(), serviceContext);

		assertEquals(
			CourseSessionConstants.STATUS_DRAFT, courseSession.getStatus());
		assertEquals(20, courseSession.getSeats());
		assertEquals(_at(14, 9), courseSession.getStartDate());
		assertEquals(_at(15, 16), courseSession.getEndDate());
		assertEquals(_METHOD_ID, courseSession.getTrainingMethodId());

		verify(
			_sessionDatePersistence, times(2)
		).update(
			any(SessionDate.class)
		);
		verify(
			_sessionAudiencePersistence
		).update(
			any(SessionAudience.class)
		);
		verify(
			_resourceLocalService
		).addModelResources(
			courseSession, serviceContext
		);
	}

	@ParameterizedTest(
		name = "updateCourseSession refuses {0} and writes nothing"
	)
	@MethodSource("badSessionInput")
	public void updateCourseSessionRefusesBadInputAndWritesNothing(
			String what, Consumer<SessionInput> breakIt,
			Class<? extends Exception> exceptionClass)
		throws Exception {

		SessionInput input = new SessionInput();

		breakIt.accept(input);

		assertThrows(exceptionClass, () -> _update(input));

		_verifyNothingUpdated();
	}

	@Test
	public void updateCourseSessionRefusesChangingTheDatesOnceAttendanceIsMarked()
		throws Exception {

		when(
			_attendancePersistence.countByCourseSessionId(_SESSION_ID)
		).thenReturn(
			3
		);

		SessionInput input = new SessionInput();

		input.startDates[1] = _at(16, 9);
		input.endDates[1] = _at(16, 16);

		assertThrows(SessionDatesException.class, () -> _update(input));

		_verifyNothingUpdated();
	}

	@Test
	public void updateCourseSessionRefusesFewerSeatsThanAreTaken()
		throws Exception {

		SessionInput input = new SessionInput();

		input.seats = 7;

		assertThrows(
			SessionSeatsException.MustNotBeBelowSeatsTaken.class,
			() -> _update(input));

		_verifyNothingUpdated();

		input.seats = 8;

		_update(input);

		assertEquals(8, _storedSession.getSeats());
	}

	/**
	 * The session-change notice carries the dates as they were, so the participant's calendar entry of a
	 * date the session no longer has is cancelled (the date rows themselves are written anew).
	 */
	@Test
	public void updateCourseSessionTellsEachRegistrationTheDatesItHadBefore()
		throws Exception {

		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(77);
		registration.setCourseSessionId(_SESSION_ID);

		when(
			_registrationPersistence.findByCS_S(
				eq(_SESSION_ID), any(int[].class))
		).thenReturn(
			Collections.singletonList(registration)
		);
		when(
			_registrationPersistence.update(registration)
		).thenReturn(
			registration
		);

		SessionInput input = new SessionInput();

		Date[] firstDay = {input.startDates[0], input.endDates[0]};
		Date[] secondDay = {input.startDates[1], input.endDates[1]};

		input.startDates = new Date[] {input.startDates[0]};
		input.endDates = new Date[] {input.endDates[0]};

		_update(input);

		ArgumentCaptor<Notice> notice = ArgumentCaptor.forClass(Notice.class);

		verify(
			_noticeDispatcher
		).dispatchAfterCommit(
			notice.capture()
		);

		assertEquals(
			TrainingNoticeTypes.SESSION_CHANGED, notice.getValue().getType());

		List<Date[]> previousDates = notice.getValue(
		).getPreviousDates();

		assertEquals(2, previousDates.size());
		assertArrayEquals(firstDay, previousDates.get(0));
		assertArrayEquals(secondDay, previousDates.get(1));
	}

	@Test
	public void updateCourseSessionStoresValidInputAndFillsRaisedSeats()
		throws Exception {

		SessionInput input = new SessionInput();

		input.seats = 24;
		input.venueName = "Folkets hus";

		_update(input);

		assertEquals(24, _storedSession.getSeats());
		assertEquals("Folkets hus", _storedSession.getVenueName());

		verify(
			_courseSessionPersistence
		).update(
			_storedSession
		);
		verify(
			_waitlistPromoter
		).fillFreeSeats(
			any(CourseSession.class), any(Date.class), anyLong(), any()
		);
	}

	@ParameterizedTest(
		name = "updateSessionQuotas refuses {0} and writes nothing"
	)
	@MethodSource("badQuotas")
	public void updateSessionQuotasRefusesBadInputAndWritesNothing(
			String what, Consumer<QuotaInput> breakIt,
			Class<? extends Exception> exceptionClass)
		throws Exception {

		QuotaInput input = new QuotaInput();

		breakIt.accept(input);

		assertThrows(exceptionClass, () -> _updateQuotas(input));

		verify(
			_sessionQuotaPersistence, never()
		).removeByCourseSessionId(
			anyLong()
		);
		verify(
			_sessionQuotaPersistence, never()
		).create(
			anyLong()
		);
		verify(
			_sessionQuotaPersistence, never()
		).update(
			any(SessionQuota.class)
		);
		verify(
			_courseSessionPersistence, never()
		).update(
			any(CourseSession.class)
		);
	}

	@Test
	public void updateSessionQuotasReplacesTheQuotas() throws Exception {
		List<SessionQuota> sessionQuotas = _updateQuotas(new QuotaInput());

		assertEquals(2, sessionQuotas.size());
		assertEquals(
			RegistrationFixture.VOF,
			sessionQuotas.get(
				1
			).getOrganizationId());
		assertFalse(
			sessionQuotas.get(
				0
			).isReleased());

		verify(
			_sessionQuotaPersistence
		).removeByCourseSessionId(
			_SESSION_ID
		);
		verify(
			_courseSessionPersistence
		).update(
			_storedSession
		);
	}

	public static class QuotaInput {

		public long[] organizationIds = {
			RegistrationFixture.SOF, RegistrationFixture.VOF
		};
		public Date[] releaseDates = {
			RegistrationFixture.daysFromNow(7), RegistrationFixture.daysFromNow(7)
		};
		public int[] seats = {4, 4};

	}

	/**
	 * A valid on-site session of two days, open for registration from tomorrow, starting in two weeks.
	 */
	public static class SessionInput {

		public long[] audienceOrganizationIds = {RegistrationFixture.SOF};
		public Date cancellationDeadline = _at(12, 9);
		public long coordinatorUserId = RegistrationFixture.COORDINATOR_USER_ID;
		public int deliveryMode = CourseSessionConstants.DELIVERY_MODE_ON_SITE;
		public Date[] endDates = {_at(14, 16), _at(15, 16)};
		public String locality = "Umeå";
		public int offerHours;
		public String onlineMeetingURL;
		public Date registrationCloseDate = _at(10, 9);
		public Date registrationOpenDate = _at(1, 9);
		public int seats = 20;
		public Date[] startDates = {_at(14, 9), _at(15, 9)};
		public String venueAddress = "Skolgatan 31A";
		public String venueName = "Stadshuset";
		public int waitlistMode = CourseSessionConstants.WAITLIST_MODE_AUTOMATIC;

	}

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "attendancePersistence", _attendancePersistence);
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "coursePersistence", _coursePersistence);
		Fields.set(
			_service, "courseSessionPersistence", _courseSessionPersistence);
		Fields.set(
			_service, "registrationPersistence", _registrationPersistence);
		Fields.set(_service, "resourceLocalService", _resourceLocalService);
		Fields.set(
			_service, "sessionAudiencePersistence",
			_sessionAudiencePersistence);
		Fields.set(
			_service, "sessionDatePersistence", _sessionDatePersistence);
		Fields.set(
			_service, "sessionQuotaPersistence", _sessionQuotaPersistence);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_noticeDispatcher", _noticeDispatcher);
		Fields.set(
			_service, "_organizationLocalService", _organizationLocalService);
		Fields.set(_service, "_waitlistPromoter", _waitlistPromoter);

		// The page through the persistence's dslQuery, which these tests stub; the JDBC route has its own tests
		// (CatalogPageStatementTest, and CatalogueQueryIT on both databases).

		Fields.set(
			_service, "_catalogPageRows",
			CatalogPageRows.forDatabase(_courseSessionPersistence, null, null));

		_service.setClock(Clock.fixed(RegistrationFixture.NOW, ZoneOffset.UTC));

		when(
			_counterLocalService.increment()
		).thenAnswer(
			invocation -> _counter.incrementAndGet()
		);

		_user(RegistrationFixture.COORDINATOR_USER_ID, _COMPANY_ID);
		_user(_OTHER_COMPANY_USER_ID, 1);

		_organization(RegistrationFixture.SOF, _COMPANY_ID);
		_organization(RegistrationFixture.VOF, _COMPANY_ID);
		_organization(_OTHER_COMPANY_ORGANIZATION_ID, 1);

		when(
			_course.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_course.getGroupId()
		).thenReturn(
			RegistrationFixture.GROUP_ID
		);
		when(
			_course.getTrainingMethodId()
		).thenReturn(
			_METHOD_ID
		);
		when(
			_coursePersistence.fetchByPrimaryKey(_COURSE_ID)
		).thenReturn(
			_course
		);

		when(
			_courseSessionPersistence.create(anyLong())
		).thenAnswer(
			invocation -> {
				CourseSession courseSession = new CourseSessionImpl();

				courseSession.setCourseSessionId(invocation.getArgument(0));

				return courseSession;
			}
		);
		when(
			_courseSessionPersistence.update(any(CourseSession.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
		when(
			_sessionDatePersistence.create(anyLong())
		).thenAnswer(
			invocation -> new SessionDateImpl()
		);
		when(
			_sessionAudiencePersistence.create(anyLong())
		).thenAnswer(
			invocation -> new SessionAudienceImpl()
		);
		when(
			_sessionQuotaPersistence.create(anyLong())
		).thenAnswer(
			invocation -> new SessionQuotaImpl()
		);
		when(
			_sessionQuotaPersistence.update(any(SessionQuota.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);

		_storeSession();
	}

	private static Date _at(int days, int hourOfDay) {
		return new Date(
			RegistrationFixture.daysFromNow(
				days
			).getTime() + ((hourOfDay - 9) * 3600000L));
	}

	private static Arguments _bad(
		String what, Consumer<SessionInput> breakIt,
		Class<? extends Exception> exceptionClass) {

		return arguments(what, breakIt, exceptionClass);
	}

	private static void _online(SessionInput input, String onlineMeetingURL) {
		input.deliveryMode = CourseSessionConstants.DELIVERY_MODE_ONLINE;
		input.venueName = null;
		input.venueAddress = null;
		input.onlineMeetingURL = onlineMeetingURL;
	}

	private CourseSession _add(SessionInput input) throws Exception {
		return _add(input, new ServiceContext());
	}

	private CourseSession _add(
			SessionInput input, ServiceContext serviceContext)
		throws Exception {

		return _service.addCourseSession(
			RegistrationFixture.COORDINATOR_USER_ID, _COURSE_ID,
			input.coordinatorUserId, input.deliveryMode, input.venueName,
			input.venueAddress, input.locality, input.onlineMeetingURL,
			input.seats, input.registrationOpenDate,
			input.registrationCloseDate, input.cancellationDeadline, false,
			input.waitlistMode, input.offerHours, false, null,
			input.startDates, input.endDates, input.audienceOrganizationIds,
			serviceContext);
	}

	private void _organization(long organizationId, long companyId) {
		Organization organization = mock(Organization.class);

		when(
			organization.getCompanyId()
		).thenReturn(
			companyId
		);

		when(
			_organizationLocalService.fetchOrganization(organizationId)
		).thenReturn(
			organization
		);
	}

	/**
	 * A published session of the valid input's dates, with 8 of its 20 seats taken.
	 */
	private void _storeSession() throws Exception {
		_storedSession.setCourseSessionId(_SESSION_ID);
		_storedSession.setGroupId(RegistrationFixture.GROUP_ID);
		_storedSession.setCompanyId(_COMPANY_ID);
		_storedSession.setCourseId(_COURSE_ID);
		_storedSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);
		_storedSession.setSeats(20);
		_storedSession.setSeatsTaken(8);
		_storedSession.setDeliveryMode(
			CourseSessionConstants.DELIVERY_MODE_ON_SITE);
		_storedSession.setVenueName("Stadshuset");
		_storedSession.setStartDate(_at(14, 9));
		_storedSession.setEndDate(_at(15, 16));

		SessionInput input = new SessionInput();

		List<SessionDate> sessionDates = new ArrayList<>();

		for (int i = 0; i < input.startDates.length; i++) {
			SessionDate sessionDate = new SessionDateImpl();

			sessionDate.setStartDate(input.startDates[i]);
			sessionDate.setEndDate(input.endDates[i]);

			sessionDates.add(sessionDate);
		}

		when(
			_sessionDatePersistence.findByCourseSessionId(_SESSION_ID)
		).thenReturn(
			sessionDates
		);
		when(
			_courseSessionPersistence.findByPrimaryKey(_SESSION_ID)
		).thenReturn(
			_storedSession
		);
	}

	private CourseSession _update(SessionInput input) throws Exception {
		return _service.updateCourseSession(
			RegistrationFixture.COORDINATOR_USER_ID, _SESSION_ID,
			input.coordinatorUserId, input.deliveryMode, input.venueName,
			input.venueAddress, input.locality, input.onlineMeetingURL,
			input.seats, input.registrationOpenDate,
			input.registrationCloseDate, input.cancellationDeadline, false,
			input.waitlistMode, input.offerHours, false, null,
			input.startDates, input.endDates, input.audienceOrganizationIds,
			new ServiceContext());
	}

	private List<SessionQuota> _updateQuotas(QuotaInput input)
		throws Exception {

		return _service.updateSessionQuotas(
			_SESSION_ID, input.organizationIds, input.seats,
			input.releaseDates);
	}

	private void _user(long userId, long companyId) throws Exception {
		User user = mock(User.class);

		when(
			user.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			user.getFullName()
		).thenReturn(
			"Anna Samordnare"
		);

		when(
			_userLocalService.getUser(userId)
		).thenReturn(
			user
		);
		when(
			_userLocalService.fetchUser(userId)
		).thenReturn(
			user
		);
	}

	private void _verifyNothingAdded() throws Exception {
		verify(
			_courseSessionPersistence, never()
		).create(
			anyLong()
		);
		verify(
			_courseSessionPersistence, never()
		).update(
			any(CourseSession.class)
		);
		verify(
			_sessionDatePersistence, never()
		).create(
			anyLong()
		);
		verify(
			_sessionAudiencePersistence, never()
		).create(
			anyLong()
		);
		verifyNoInteractions(_resourceLocalService);
	}

	private void _verifyNothingUpdated() {
		verify(
			_courseSessionPersistence, never()
		).update(
			any(CourseSession.class)
		);
		verify(
			_sessionDatePersistence, never()
		).removeByCourseSessionId(
			anyLong()
		);
		verify(
			_sessionDatePersistence, never()
		).update(
			any(SessionDate.class)
		);
		verify(
			_sessionAudiencePersistence, never()
		).removeByCourseSessionId(
			anyLong()
		);
		verify(
			_sessionAudiencePersistence, never()
		).update(
			any(SessionAudience.class)
		);
		verify(
			_registrationPersistence, never()
		).update(
			any(Registration.class)
		);
		verifyNoInteractions(_noticeDispatcher, _waitlistPromoter);

		assertEquals(20, _storedSession.getSeats());
		assertEquals("Stadshuset", _storedSession.getVenueName());
		assertEquals(
			CourseSessionConstants.DELIVERY_MODE_ON_SITE,
			_storedSession.getDeliveryMode());
		assertEquals(
			Arrays.asList(_at(14, 9), _at(15, 16)),
			Arrays.asList(
				_storedSession.getStartDate(), _storedSession.getEndDate()));
	}

	/**
	 * One row as CatalogQuery.selectPage reads it: CatalogEntries.COLUMNS, then the total.
	 */
	private static Object[] _catalogRow(
		long courseSessionId, Date startDate, long total) {

		return new Object[] {
			courseSessionId, _COURSE_ID, _METHOD_ID, "<root>Titel</root>",
			CourseSessionConstants.DELIVERY_MODE_ON_SITE, "Umeå", "Stadshuset",
			new Timestamp(startDate.getTime()),
			new Timestamp(startDate.getTime() + 3_600_000L), 30, 20,
			total
		};
	}

	private static final long _COMPANY_ID = RegistrationFixture.COMPANY_ID;

	private static final long _COURSE_ID = 70001;

	private static final long _GROUP_ID = RegistrationFixture.GROUP_ID;

	private static final long _METHOD_ID = 80001;

	private static final long _OTHER_COMPANY_ORGANIZATION_ID = 49999;

	private static final long _OTHER_COMPANY_USER_ID = 39999;

	private static final long _SESSION_ID = RegistrationFixture.SESSION_ID;

	private final AttendancePersistence _attendancePersistence = mock(
		AttendancePersistence.class);
	private final AtomicLong _counter = new AtomicLong(90000);
	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final Course _course = mock(Course.class);
	private final CoursePersistence _coursePersistence = mock(
		CoursePersistence.class);
	private final CourseSessionPersistence _courseSessionPersistence = mock(
		CourseSessionPersistence.class);
	private final NoticeDispatcher _noticeDispatcher = mock(
		NoticeDispatcher.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final RegistrationPersistence _registrationPersistence = mock(
		RegistrationPersistence.class);
	private final ResourceLocalService _resourceLocalService = mock(
		ResourceLocalService.class);
	private final CourseSessionLocalServiceImpl _service =
		new CourseSessionLocalServiceImpl();
	private final SessionAudiencePersistence _sessionAudiencePersistence =
		mock(SessionAudiencePersistence.class);
	private final SessionDatePersistence _sessionDatePersistence = mock(
		SessionDatePersistence.class);
	private final SessionQuotaPersistence _sessionQuotaPersistence = mock(
		SessionQuotaPersistence.class);
	private final CourseSession _storedSession = new CourseSessionImpl();
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);
	private final WaitlistPromoter _waitlistPromoter = mock(
		WaitlistPromoter.class);

}
