package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.CourseInterestConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.DuplicateCourseInterestException;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseInterestImpl;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.CourseInterestPersistence;
import se.livsviktig.training.service.persistence.CoursePersistence;

/**
 * The interest list of a course: one place per person, and when a session is published the people on it are
 * told in the order they signed up, or booked when the course says so.
 *
 * @author Livsviktig
 */
public class CourseInterestLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(
			_service, "courseInterestPersistence", _courseInterestPersistence);
		Fields.set(_service, "coursePersistence", _coursePersistence);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_noticeDispatcher", _noticeDispatcher);
		Fields.set(
			_service, "_registrationLocalService", _registrationLocalService);

		_service.setClock(Clock.fixed(RegistrationFixture.NOW, ZoneOffset.UTC));

		when(
			_course.getCourseId()
		).thenReturn(
			_COURSE_ID
		);
		when(
			_course.getCompanyId()
		).thenReturn(
			RegistrationFixture.COMPANY_ID
		);
		when(
			_coursePersistence.findByPrimaryKey(_COURSE_ID)
		).thenReturn(
			_course
		);
		when(
			_coursePersistence.fetchByPrimaryKey(_COURSE_ID)
		).thenReturn(
			_course
		);

		User user = mock(User.class);

		when(
			user.getCompanyId()
		).thenReturn(
			RegistrationFixture.COMPANY_ID
		);
		when(
			_userLocalService.getUser(_USER_ID)
		).thenReturn(
			user
		);

		when(
			_courseInterestPersistence.update(any(CourseInterest.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);

		_courseSession.setCourseSessionId(RegistrationFixture.SESSION_ID);
		_courseSession.setCompanyId(RegistrationFixture.COMPANY_ID);
		_courseSession.setGroupId(RegistrationFixture.GROUP_ID);
		_courseSession.setCourseId(_COURSE_ID);
	}

	@Test
	public void anotherCompanysCourseCannotBeFollowed() throws Exception {
		when(
			_course.getCompanyId()
		).thenReturn(
			1L
		);

		assertThrows(
			NoSuchCourseException.class,
			() -> _service.addCourseInterest(_USER_ID, _COURSE_ID));

		verify(
			_courseInterestPersistence, never()
		).update(
			any(CourseInterest.class)
		);
	}

	@Test
	public void beingInterestedAgainAfterBeingToldGoesToTheEndOfTheList()
		throws Exception {

		CourseInterest courseInterest = _interest(
			1, _USER_ID, CourseInterestConstants.STATUS_NOTIFIED);

		courseInterest.setCreateDate(RegistrationFixture.daysFromNow(-90));
		courseInterest.setNotifiedDate(RegistrationFixture.daysFromNow(-30));

		_storedInterest(courseInterest);

		_service.addCourseInterest(_USER_ID, _COURSE_ID);

		assertEquals(
			CourseInterestConstants.STATUS_ACTIVE, courseInterest.getStatus());
		assertEquals(
			Date.from(RegistrationFixture.NOW), courseInterest.getCreateDate());
		assertNull(courseInterest.getNotifiedDate());
	}

	@Test
	public void beingInterestedTwiceIsRefused() throws Exception {
		CourseInterest courseInterest = _interest(
			1, _USER_ID, CourseInterestConstants.STATUS_ACTIVE);

		Date createDate = RegistrationFixture.daysFromNow(-10);

		courseInterest.setCreateDate(createDate);

		_storedInterest(courseInterest);

		assertThrows(
			DuplicateCourseInterestException.class,
			() -> _service.addCourseInterest(_USER_ID, _COURSE_ID));

		assertEquals(createDate, courseInterest.getCreateDate());
		verify(
			_courseInterestPersistence, never()
		).update(
			any(CourseInterest.class)
		);
		verify(
			_courseInterestPersistence, never()
		).create(
			anyLong()
		);
	}

	@Test
	public void publishingTellsThoseInterestedInTheOrderTheySignedUp()
		throws Exception {

		List<CourseInterest> courseInterests = _interestList(103, 101, 102);

		assertEquals(3, _service.notifyInterested(_courseSession));

		assertEquals(
			Arrays.asList(103L, 101L, 102L), _recipientsOf(
				TrainingNoticeTypes.INTEREST_SESSION_PUBLISHED));

		for (CourseInterest courseInterest : courseInterests) {
			assertEquals(
				CourseInterestConstants.STATUS_NOTIFIED,
				courseInterest.getStatus());
			assertEquals(
				Date.from(RegistrationFixture.NOW),
				courseInterest.getNotifiedDate());
		}

		verify(
			_registrationLocalService, never()
		).bookInterestedUsers(
			anyLong(), any()
		);
	}

	@Test
	public void withAutomaticBookingTheBookableAreBookedAndOnlyTheRestTold()
		throws Exception {

		when(
			_course.isAutoBookInterested()
		).thenReturn(
			true
		);

		List<CourseInterest> courseInterests = _interestList(103, 101, 102);

		when(
			_registrationLocalService.bookInterestedUsers(
				RegistrationFixture.SESSION_ID, new long[] {103, 101, 102})
		).thenReturn(
			Arrays.asList(103L, 102L)
		);

		_service.notifyInterested(_courseSession);

		assertEquals(
			Arrays.asList(101L),
			_recipientsOf(TrainingNoticeTypes.INTEREST_SESSION_PUBLISHED));

		assertEquals(
			Arrays.asList(
				CourseInterestConstants.STATUS_BOOKED,
				CourseInterestConstants.STATUS_NOTIFIED,
				CourseInterestConstants.STATUS_BOOKED),
			courseInterests.stream(
			).map(
				CourseInterest::getStatus
			).collect(
				Collectors.toList()
			));
	}

	private CourseInterest _interest(
		long courseInterestId, long userId, int status) {

		CourseInterest courseInterest = new CourseInterestImpl();

		courseInterest.setCourseInterestId(courseInterestId);
		courseInterest.setCompanyId(RegistrationFixture.COMPANY_ID);
		courseInterest.setCourseId(_COURSE_ID);
		courseInterest.setUserId(userId);
		courseInterest.setStatus(status);

		return courseInterest;
	}

	/**
	 * Active interests of the given users, as the C_S finder returns them: by sign-up date.
	 */
	private List<CourseInterest> _interestList(long... userIds) {
		CourseInterest[] courseInterests = new CourseInterest[userIds.length];

		for (int i = 0; i < userIds.length; i++) {
			courseInterests[i] = _interest(
				i + 1, userIds[i], CourseInterestConstants.STATUS_ACTIVE);

			courseInterests[i].setCreateDate(
				RegistrationFixture.daysFromNow(i - 30));
		}

		List<CourseInterest> list = Arrays.asList(courseInterests);

		when(
			_courseInterestPersistence.findByC_S(
				_COURSE_ID, CourseInterestConstants.STATUS_ACTIVE)
		).thenReturn(
			list
		);

		return list;
	}

	private List<Long> _recipientsOf(String noticeType) {
		ArgumentCaptor<Notice> argumentCaptor = ArgumentCaptor.forClass(
			Notice.class);

		verify(
			_noticeDispatcher, atLeast(0)
		).dispatchAfterCommit(
			argumentCaptor.capture()
		);

		return argumentCaptor.getAllValues(
		).stream(
		).filter(
			notice -> noticeType.equals(notice.getType())
		).map(
			Notice::getRecipientUserId
		).collect(
			Collectors.toList()
		);
	}

	private void _storedInterest(CourseInterest courseInterest) {
		when(
			_courseInterestPersistence.fetchByC_U(_COURSE_ID, _USER_ID)
		).thenReturn(
			courseInterest
		);
	}

	private static final long _COURSE_ID = 70001;

	private static final long _USER_ID = 101;

	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final Course _course = mock(Course.class);
	private final CourseInterestPersistence _courseInterestPersistence = mock(
		CourseInterestPersistence.class);
	private final CoursePersistence _coursePersistence = mock(
		CoursePersistence.class);
	private final CourseSession _courseSession = new CourseSessionImpl();
	private final NoticeDispatcher _noticeDispatcher = mock(
		NoticeDispatcher.class);
	private final RegistrationLocalService _registrationLocalService = mock(
		RegistrationLocalService.class);
	private final CourseInterestLocalServiceImpl _service =
		new CourseInterestLocalServiceImpl();
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
