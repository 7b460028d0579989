package se.livsviktig.careprogram.service.internal.owner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.ContentReview;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.impl.CareProgramImpl;
import se.livsviktig.careprogram.model.impl.ContentReviewImpl;
import se.livsviktig.careprogram.model.impl.LocalRoutineImpl;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.internal.notice.OutgoingReviewNotice;
import se.livsviktig.careprogram.service.internal.notice.ReviewNoticeDispatcher;
import se.livsviktig.careprogram.service.internal.notice.ReviewNoticeKind;
import se.livsviktig.careprogram.service.internal.notice.ReviewNoticePlan;
import se.livsviktig.careprogram.service.internal.notice.ReviewSubject;
import se.livsviktig.platform.test.support.Fields;

/**
 * @author Livsviktig
 */
public class OwnerDeparturesTest {

	@BeforeEach
	public void setUp() throws Exception {
		when(
			_counterLocalService.increment(anyString())
		).thenReturn(
			900L
		);
		when(
			_contentReviewLocalService.createContentReview(anyLong())
		).thenAnswer(
			invocation -> new ContentReviewImpl()
		);

		_localRoutine.setLocalRoutineId(20);
		_localRoutine.setCareProgramId(10);
		_localRoutine.setOwnerUserId(_OWNER_ID);
		_localRoutine.setNextReviewDate(_DUE);

		_careProgram.setCareProgramId(11);
		_careProgram.setOwnerUserId(_OWNER_ID);

		when(
			_localRoutineLocalService.<List<LocalRoutine>>dslQuery(any())
		).thenReturn(
			List.of(_localRoutine)
		);
		when(
			_careProgramLocalService.<List<CareProgram>>dslQuery(any())
		).thenReturn(
			List.of(_careProgram)
		);

		Fields.set(
			_ownerDepartures, "_careProgramLocalService",
			_careProgramLocalService);
		Fields.set(
			_ownerDepartures, "_contentReviewLocalService",
			_contentReviewLocalService);
		Fields.set(
			_ownerDepartures, "_counterLocalService", _counterLocalService);
		Fields.set(
			_ownerDepartures, "_localRoutineLocalService",
			_localRoutineLocalService);
		Fields.set(
			_ownerDepartures, "_reviewNoticeDispatcher",
			_reviewNoticeDispatcher);
		Fields.set(
			_ownerDepartures, "_userLocalService", _userLocalService);

		_ownerDepartures.setClock(Clock.fixed(_NOW.toInstant(), ZoneOffset.UTC));
	}

	@Test
	public void aLeavingOwnersChangeIsLoggedPerText() {
		_ownerDepartures.ownerLeft(_user());

		ArgumentCaptor<ContentReview> argumentCaptor = ArgumentCaptor.forClass(
			ContentReview.class);

		verify(
			_contentReviewLocalService, times(2)
		).addContentReview(
			argumentCaptor.capture()
		);

		List<ContentReview> contentReviews = argumentCaptor.getAllValues();

		assertEquals(20, contentReviews.get(0).getLocalRoutineId());
		assertEquals(0, contentReviews.get(1).getLocalRoutineId());
		assertEquals(11, contentReviews.get(1).getCareProgramId());

		for (ContentReview contentReview : contentReviews) {
			assertEquals(
				ContentReviewConstants.KIND_OWNER_CHANGED,
				contentReview.getReviewKind());
			assertEquals(_OWNER_ID, contentReview.getUserId());
			assertEquals("Olle Owner", contentReview.getUserName());
			assertEquals(_NOW, contentReview.getReviewDate());
		}
	}

	@Test
	public void aLeavingOwnersProgrammesAreLeftWithoutAnOwner() {
		_ownerDepartures.ownerLeft(_user());

		assertEquals(0, _careProgram.getOwnerUserId());

		verify(
			_careProgramLocalService
		).updateCareProgram(
			_careProgram
		);
	}

	@Test
	public void aLeavingOwnersRoutinesAreOwnerlessSinceNowWithTheirDatesKept() {
		assertEquals(2, _ownerDepartures.ownerLeft(_user()));

		assertEquals(0, _localRoutine.getOwnerUserId());
		assertEquals(_NOW, _localRoutine.getOwnerlessSince());
		assertEquals(_DUE, _localRoutine.getNextReviewDate());

		verify(
			_localRoutineLocalService
		).updateLocalRoutine(
			_localRoutine
		);
	}

	@Test
	public void theProgrammesOwnerIsToldAfterCommitUnderTheJobsKeyForTheSpell() {
		_routinesProgram(_PROGRAM_OWNER_ID);
		_activeUser(_PROGRAM_OWNER_ID, true);

		_ownerDepartures.ownerLeft(_user());

		ArgumentCaptor<OutgoingReviewNotice> argumentCaptor =
			ArgumentCaptor.forClass(OutgoingReviewNotice.class);

		verify(
			_reviewNoticeDispatcher
		).dispatchAfterCommit(
			argumentCaptor.capture()
		);

		OutgoingReviewNotice outgoingReviewNotice = argumentCaptor.getValue();

		assertEquals(
			ReviewNoticeKind.OWNERLESS,
			outgoingReviewNotice.getReviewNoticeKind());
		assertEquals(
			_PROGRAM_OWNER_ID, outgoingReviewNotice.getRecipientUserId());
		assertEquals(20, outgoingReviewNotice.getLocalRoutineId());
		assertEquals(10, outgoingReviewNotice.getCareProgramId());

		// The job plans the same notice for the routine as it is now stored, so whichever comes second finds it
		// claimed

		assertEquals(
			new ReviewNoticePlan(
				30, 4
			).noticesDue(
				new ReviewSubject(
					0, false, _DUE, _localRoutine.getOwnerlessSince(),
					_PROGRAM_OWNER_ID),
				_NOW, TimeZone.getTimeZone("Europe/Stockholm")
			).get(
				0
			).getEpisodeKey(),
			outgoingReviewNotice.getEpisodeKey());
	}

	@Test
	public void nobodyIsToldWhenTheProgrammesOwnerIsInactiveOrTheOneWhoLeft() {
		_routinesProgram(_PROGRAM_OWNER_ID);
		_activeUser(_PROGRAM_OWNER_ID, false);

		_ownerDepartures.ownerLeft(_user());

		_routinesProgram(_OWNER_ID);

		_ownerDepartures.ownerLeft(_user());

		verify(
			_reviewNoticeDispatcher, never()
		).dispatchAfterCommit(
			any()
		);
	}

	private void _activeUser(long userId, boolean active) {
		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			user.isActive()
		).thenReturn(
			active
		);
		when(
			_userLocalService.fetchUser(userId)
		).thenReturn(
			user
		);
	}

	private void _routinesProgram(long ownerUserId) {
		CareProgram careProgram = new CareProgramImpl();

		careProgram.setCareProgramId(10);
		careProgram.setOwnerUserId(ownerUserId);

		when(
			_careProgramLocalService.fetchCareProgram(10)
		).thenReturn(
			careProgram
		);

		_localRoutine.setOwnerUserId(_OWNER_ID);
	}

	private static User _user() {
		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			_OWNER_ID
		);
		when(
			user.getCompanyId()
		).thenReturn(
			1L
		);
		when(
			user.getFullName()
		).thenReturn(
			"Olle Owner"
		);

		return user;
	}

	private static final Date _DUE = Date.from(
		Instant.parse("2026-02-01T09:00:00Z"));

	private static final Date _NOW = Date.from(
		Instant.parse("2026-01-15T09:00:00Z"));

	private static final long _OWNER_ID = 42;

	private static final long _PROGRAM_OWNER_ID = 43;

	private final CareProgram _careProgram = new CareProgramImpl();
	private final CareProgramLocalService _careProgramLocalService = mock(
		CareProgramLocalService.class);
	private final ContentReviewLocalService _contentReviewLocalService = mock(
		ContentReviewLocalService.class);
	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final LocalRoutine _localRoutine = new LocalRoutineImpl();
	private final LocalRoutineLocalService _localRoutineLocalService = mock(
		LocalRoutineLocalService.class);
	private final OwnerDepartures _ownerDepartures = new OwnerDepartures();
	private final ReviewNoticeDispatcher _reviewNoticeDispatcher = mock(
		ReviewNoticeDispatcher.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
