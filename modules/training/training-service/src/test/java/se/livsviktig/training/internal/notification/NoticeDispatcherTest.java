package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.same;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.log.LogWrapper;

import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.service.TrainingNoticeLocalService;

/**
 * A notice is sent once: only the call that claims its key hands it to the deliveries, and one delivery
 * failing does not keep it from the others.
 *
 * @author Livsviktig
 */
public class NoticeDispatcherTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_noticeDispatcher, "_trainingNoticeLocalService",
			_trainingNoticeLocalService);
		Fields.set(
			_noticeDispatcher, "_trainingNoticeClaim", _trainingNoticeClaim);

		_noticeDispatcher.addNoticeDelivery(_bell);
		_noticeDispatcher.addNoticeDelivery(_email);

		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(1);
		registration.setCompanyId(20097);
		registration.setGroupId(20121);
		registration.setUserId(101);
		registration.setCourseSessionId(60001);
		registration.setCalendarSequence(2);

		_notice = Notice.forRegistration(
			TrainingNoticeTypes.CONFIRMATION, registration);
	}

	@Test
	public void aClaimThatFailsSendsNothing() {
		when(
			_trainingNoticeLocalService.claimTrainingNotice(
				anyLong(), anyLong(), anyLong(), anyString(), anyString(),
				anyLong(), anyLong())
		).thenThrow(
			new SystemException("Duplicate key LVTraining_TrainingNotice")
		);

		assertFalse(_noticeDispatcher.dispatch(_notice));

		verifyNoInteractions(_bell, _email);
	}

	@Test
	public void aClaimThatFailsIsLoggedAsAWarning() {
		SystemException systemException = new SystemException(
			"Duplicate key LVTraining_TrainingNotice");

		when(
			_trainingNoticeLocalService.claimTrainingNotice(
				anyLong(), anyLong(), anyLong(), anyString(), anyString(),
				anyLong(), anyLong())
		).thenThrow(
			systemException
		);

		LogWrapper logWrapper = (LogWrapper)LogFactoryUtil.getLog(
			NoticeDispatcher.class);

		Log log = logWrapper.getWrappedLog();

		Log capturingLog = mock(Log.class);

		when(
			capturingLog.isWarnEnabled()
		).thenReturn(
			true
		);

		logWrapper.setLog(capturingLog);

		try {
			_noticeDispatcher.dispatch(_notice);
		}
		finally {
			logWrapper.setLog(log);
		}

		verify(capturingLog).warn(
			contains(_notice.toString()), same(systemException));
	}

	@Test
	public void aClaimedNoticeGoesToEveryDelivery() throws Exception {
		_claim(true);

		assertTrue(_noticeDispatcher.dispatch(_notice));

		verify(_trainingNoticeLocalService).claimTrainingNotice(
			20097, 20121, 101, "registration/1/confirmation/2",
			TrainingNoticeTypes.CONFIRMATION, 1, 60001);
		verify(_bell).deliver(_notice);
		verify(_email).deliver(_notice);
	}

	@Test
	public void aNoticeClaimedBeforeGoesNowhere() {
		_claim(false);

		assertFalse(_noticeDispatcher.dispatch(_notice));

		verifyNoInteractions(_bell, _email);
	}

	@Test
	public void aNoticeRaisedOutsideATransactionIsSentAtOnce()
		throws Exception {

		_claim(true);

		_noticeDispatcher.dispatchAfterCommit(_notice);

		verify(_bell).deliver(_notice);
	}

	@Test
	public void aNoticeClaimedNowIsClaimedInTheCallersTransactionUnderTheReservedId()
		throws Exception {

		_noticeDispatcher.claimNowDeliverAfterCommit(_notice, 70001);

		verify(_trainingNoticeClaim).claimNew(
			eq(70001L), same(_notice), any(Date.class));
		verifyNoInteractions(_trainingNoticeLocalService);
		verify(_bell).deliver(_notice);
		verify(_email).deliver(_notice);
	}

	@Test
	public void aNewRowsNoticeIsClaimedWithoutTheGuardedNativeInsert() {

		// Its key names the row the caller's transaction inserts: nobody can have claimed it, so the entity's own
		// insert, flushed with the row, and not the native insert that skips a taken key

		_noticeDispatcher.claimNowDeliverAfterCommit(_notice, 70001);

		verify(
			_trainingNoticeClaim, never()
		).claim(
			anyLong(), any(Notice.class), any(Date.class)
		);
	}

	@Test
	public void oneDeliveryFailingDoesNotStopTheOthers() throws Exception {
		_claim(true);

		doThrow(
			new IllegalStateException("No mail server")
		).when(
			_bell
		).deliver(
			_notice
		);

		assertTrue(_noticeDispatcher.dispatch(_notice));

		verify(_email).deliver(_notice);
	}

	private void _claim(boolean claimed) {
		when(
			_trainingNoticeLocalService.claimTrainingNotice(
				anyLong(), anyLong(), anyLong(), anyString(), anyString(),
				anyLong(), anyLong())
		).thenReturn(
			claimed
		);
	}

	private final NoticeDelivery _bell = mock(NoticeDelivery.class);
	private final NoticeDelivery _email = mock(NoticeDelivery.class);
	private Notice _notice;
	private final NoticeDispatcher _noticeDispatcher = new NoticeDispatcher();
	private final TrainingNoticeClaim _trainingNoticeClaim = mock(
		TrainingNoticeClaim.class);
	private final TrainingNoticeLocalService _trainingNoticeLocalService =
		mock(TrainingNoticeLocalService.class);

}
