package se.livsviktig.careprogram.service.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.petra.function.UnsafeConsumer;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.impl.CareProgramImpl;
import se.livsviktig.careprogram.model.impl.LocalRoutineImpl;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * The job's step: each due programme and routine gets the notices of its plan, with the configured windows, to
 * active people only, each once however often the job runs.
 *
 * @author Livsviktig
 */
public class ReviewRemindersTest {

	@BeforeEach
	public void setUp() throws Exception {
		CompanyLocalService companyLocalService = mock(
			CompanyLocalService.class);

		doAnswer(
			invocation -> {
				UnsafeConsumer<Long, Exception> unsafeConsumer =
					invocation.getArgument(0);

				unsafeConsumer.accept(_COMPANY_ID);

				return null;
			}
		).when(
			companyLocalService
		).forEachCompanyId(
			any()
		);

		Company company = mock(Company.class);

		when(
			company.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			companyLocalService.getCompany(_COMPANY_ID)
		).thenReturn(
			company
		);

		CareProgramCompanyConfiguration careProgramCompanyConfiguration = mock(
			CareProgramCompanyConfiguration.class);

		when(
			careProgramCompanyConfiguration.reminderDaysBeforeDue()
		).thenReturn(
			30
		);
		when(
			careProgramCompanyConfiguration.escalationWeeksOverdue()
		).thenReturn(
			4
		);

		ConfigurationProvider configurationProvider = mock(
			ConfigurationProvider.class);

		when(
			configurationProvider.getCompanyConfiguration(
				CareProgramCompanyConfiguration.class, _COMPANY_ID)
		).thenReturn(
			careProgramCompanyConfiguration
		);

		_careProgram.setCareProgramId(10);
		_careProgram.setCompanyId(_COMPANY_ID);
		_careProgram.setOwnerUserId(_PROGRAMME_OWNER);
		_careProgram.setNextReviewDate(_date("2027-01-01T09:00:00Z"));

		when(
			_careProgramLocalService.fetchCareProgram(10)
		).thenReturn(
			_careProgram
		);
		when(
			_careProgramLocalService.<List<CareProgram>>dslQuery(any())
		).thenReturn(
			Collections.emptyList()
		);

		when(
			_userLocalService.fetchUser(anyLong())
		).thenAnswer(
			invocation -> _user(
				!_inactiveUserIds.contains(invocation.getArgument(0)))
		);

		ReviewNoticeDispatcher reviewNoticeDispatcher =
			new ReviewNoticeDispatcher();

		Fields.set(
			reviewNoticeDispatcher, "_reviewNoticeLocalService",
			InMemoryReviewNotices.create());

		reviewNoticeDispatcher.addReviewNoticeDelivery(
			outgoingReviewNotice -> _sent.add(
				outgoingReviewNotice.getReviewNoticeKind() + " to " +
					outgoingReviewNotice.getRecipientUserId() + " about " +
						outgoingReviewNotice.getLocalRoutineId()));

		Fields.set(
			_reviewReminders, "_careProgramLocalService",
			_careProgramLocalService);
		Fields.set(
			_reviewReminders, "_companyLocalService", companyLocalService);
		Fields.set(
			_reviewReminders, "_configurationProvider", configurationProvider);
		Fields.set(
			_reviewReminders, "_localRoutineLocalService",
			_localRoutineLocalService);
		Fields.set(
			_reviewReminders, "_reviewNoticeDispatcher",
			reviewNoticeDispatcher);
		Fields.set(_reviewReminders, "_userLocalService", _userLocalService);

		_reviewReminders.setClock(
			Clock.fixed(Instant.parse("2026-03-12T06:00:00Z"), ZoneOffset.UTC));
	}

	@Test
	public void aLongOverdueRoutineIsEscalatedToAnActiveProgrammeOwnerOnly()
		throws Exception {

		_routines(_routine(21, _OWNER, "2026-02-05T09:00:00Z", null));

		_inactiveUserIds.add(_PROGRAMME_OWNER);

		assertEquals(1, _reviewReminders.sendDue());
		assertEquals(List.of("OVERDUE_WEEKLY to 42 about 21"), _sent);
	}

	@Test
	public void aProgrammesOwnReviewRemindsItsOwnerWithoutEscalation()
		throws Exception {

		_careProgram.setNextReviewDate(_date("2026-01-01T09:00:00Z"));

		when(
			_careProgramLocalService.<List<CareProgram>>dslQuery(any())
		).thenReturn(
			List.of(_careProgram)
		);

		_routines();

		assertEquals(1, _reviewReminders.sendDue());
		assertEquals(List.of("OVERDUE_WEEKLY to 7 about 0"), _sent);
	}

	@Test
	public void aRoutineDueTodayRemindsItsOwnerOnceHoweverOftenTheJobRuns()
		throws Exception {

		_routines(_routine(20, _OWNER, "2026-03-12T09:00:00Z", null));

		assertEquals(1, _reviewReminders.sendDue());
		assertEquals(0, _reviewReminders.sendDue());
		assertEquals(List.of("DUE to 42 about 20"), _sent);
	}

	@Test
	public void aRoutineWhoseOwnerLeftTellsTheProgrammeOwnerOnce()
		throws Exception {

		_routines(
			_routine(
				22, 0, "2026-09-01T09:00:00Z", "2026-03-10T10:00:00Z"));

		assertEquals(1, _reviewReminders.sendDue());
		assertEquals(0, _reviewReminders.sendDue());
		assertEquals(List.of("OWNERLESS to 7 about 22"), _sent);
	}

	@Test
	public void anInactiveOwnerIsNotReminded() throws Exception {
		_routines(_routine(20, _OWNER, "2026-03-12T09:00:00Z", null));

		_inactiveUserIds.add(_OWNER);

		assertEquals(0, _reviewReminders.sendDue());
	}

	private static Date _date(String instant) {
		return (instant == null) ? null : Date.from(Instant.parse(instant));
	}

	private static LocalRoutine _routine(
		long localRoutineId, long ownerUserId, String nextReviewDate,
		String ownerlessSince) {

		LocalRoutine localRoutine = new LocalRoutineImpl();

		localRoutine.setLocalRoutineId(localRoutineId);
		localRoutine.setCompanyId(_COMPANY_ID);
		localRoutine.setCareProgramId(10);
		localRoutine.setOwnerUserId(ownerUserId);
		localRoutine.setNextReviewDate(_date(nextReviewDate));
		localRoutine.setOwnerlessSince(_date(ownerlessSince));

		return localRoutine;
	}

	private static User _user(boolean active) {
		User user = mock(User.class);

		when(
			user.isActive()
		).thenReturn(
			active
		);

		return user;
	}

	private void _routines(LocalRoutine... localRoutines) {
		when(
			_localRoutineLocalService.<List<LocalRoutine>>dslQuery(any())
		).thenReturn(
			List.of(localRoutines)
		);
	}

	private static final long _COMPANY_ID = 1;

	private static final long _OWNER = 42;

	private static final long _PROGRAMME_OWNER = 7;

	private final CareProgram _careProgram = new CareProgramImpl();
	private final CareProgramLocalService _careProgramLocalService = mock(
		CareProgramLocalService.class);
	private final List<Long> _inactiveUserIds = new ArrayList<>();
	private final LocalRoutineLocalService _localRoutineLocalService = mock(
		LocalRoutineLocalService.class);
	private final ReviewReminders _reviewReminders = new ReviewReminders();
	private final List<String> _sent = new ArrayList<>();
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
