package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.TrainingNotice;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.model.impl.TrainingNoticeImpl;
import se.livsviktig.training.service.persistence.TrainingNoticePersistence;

/**
 * A new registration's notice is claimed with the entity's own insert, under the reserved id, and without the
 * guarded native insert: no session is asked for a native query, no row is looked for first.
 *
 * @author Livsviktig
 */
public class TrainingNoticeClaimTest {

	@BeforeEach
	public void setUp() {
		when(
			_trainingNoticePersistence.create(70001)
		).thenAnswer(
			invocation -> {
				TrainingNotice trainingNotice = new TrainingNoticeImpl();

				trainingNotice.setTrainingNoticeId(70001);

				return trainingNotice;
			}
		);

		Fields.set(
			_trainingNoticeClaim, "_trainingNoticePersistence",
			_trainingNoticePersistence);
	}

	@Test
	public void aNewRegistrationsClaimIsTheEntitysInsertWithoutANativeQuery() {
		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(60002);
		registration.setCompanyId(20097);
		registration.setGroupId(20121);
		registration.setUserId(101);
		registration.setCourseSessionId(60001);

		Notice notice = Notice.forRegistration(
			TrainingNoticeTypes.CONFIRMATION, registration);

		Date now = new Date();

		_trainingNoticeClaim.claimNew(70001, notice, now);

		ArgumentCaptor<TrainingNotice> argumentCaptor = ArgumentCaptor.forClass(
			TrainingNotice.class);

		verify(
			_trainingNoticePersistence
		).update(
			argumentCaptor.capture()
		);

		TrainingNotice trainingNotice = argumentCaptor.getValue();

		assertEquals(70001, trainingNotice.getTrainingNoticeId());
		assertEquals(notice.getKey(), trainingNotice.getNoticeKey());
		assertEquals(TrainingNoticeTypes.CONFIRMATION, trainingNotice.getNoticeType());
		assertEquals(20097, trainingNotice.getCompanyId());
		assertEquals(20121, trainingNotice.getGroupId());
		assertEquals(101, trainingNotice.getUserId());
		assertEquals(60002, trainingNotice.getRegistrationId());
		assertEquals(60001, trainingNotice.getCourseSessionId());
		assertEquals(now, trainingNotice.getCreateDate());

		verify(_trainingNoticePersistence, never()).getCurrentSession();
		verify(
			_trainingNoticePersistence, never()
		).fetchByC_NK(
			any(Long.class), any(String.class)
		);
	}

	private final TrainingNoticeClaim _trainingNoticeClaim = new TrainingNoticeClaim();
	private final TrainingNoticePersistence _trainingNoticePersistence = mock(
		TrainingNoticePersistence.class);

}
