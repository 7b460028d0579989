package se.livsviktig.careprogram.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.journal.model.JournalArticle;
import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.impl.LocalRoutineImpl;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.internal.review.CompanyReviewSchedule;
import se.livsviktig.careprogram.service.persistence.LocalRoutinePersistence;
import se.livsviktig.platform.test.support.Fields;

/**
 * A routine's next review falls due on the day its interval ends in the company's calendar, the day the badge and
 * the reminders count in: confirmed at 23:30 in Stockholm on the last day of January (winter time) with a six-month
 * interval, it is due on 31 July, not on 1 August (23:30 in winter is 22:30 UTC, which is 00:30 in summer).
 *
 * @author Livsviktig
 */
public class LocalRoutineReviewDueDateTest {

	@BeforeEach
	public void setUp() throws Exception {
		Company company = mock(Company.class);

		when(company.getTimeZone()).thenReturn(_STOCKHOLM);

		CompanyLocalService companyLocalService = mock(
			CompanyLocalService.class);

		when(companyLocalService.getCompany(_COMPANY_ID)).thenReturn(company);

		CompanyReviewSchedule companyReviewSchedule =
			new CompanyReviewSchedule();

		Fields.set(
			companyReviewSchedule, "_companyLocalService", companyLocalService);

		_localRoutine.setLocalRoutineId(_LOCAL_ROUTINE_ID);
		_localRoutine.setCompanyId(_COMPANY_ID);
		_localRoutine.setReviewIntervalMonths(6);
		_localRoutine.setCreateDate(
			Date.from(Instant.parse("2025-11-03T09:00:00Z")));

		LocalRoutinePersistence localRoutinePersistence = mock(
			LocalRoutinePersistence.class);

		when(
			localRoutinePersistence.findByPrimaryKey(_LOCAL_ROUTINE_ID)
		).thenReturn(
			_localRoutine
		);
		when(
			localRoutinePersistence.update(any(LocalRoutine.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);

		Fields.set(
			_localRoutineLocalServiceImpl, "localRoutinePersistence",
			localRoutinePersistence);
		Fields.set(
			_localRoutineLocalServiceImpl, "_companyReviewSchedule",
			companyReviewSchedule);
		Fields.set(
			_localRoutineLocalServiceImpl, "_contentReviewLocalService",
			mock(ContentReviewLocalService.class));
		Fields.set(
			_localRoutineLocalServiceImpl, "_journalArticleLocalService",
			_journalArticleLocalService);

		_localRoutineLocalServiceImpl.setClock(
			Clock.fixed(_LAST_OF_JANUARY_2330_STOCKHOLM, ZoneOffset.UTC));
	}

	@Test
	public void aReviewConfirmedAt2330OnTheLastOfJanuaryFallsDueOnTheLastOfJulyInTheCompanysZone()
		throws Exception {

		LocalRoutine localRoutine =
			_localRoutineLocalServiceImpl.confirmLocalRoutineReview(
				_USER_ID, _LOCAL_ROUTINE_ID, null);

		assertEquals(
			LocalDate.of(2026, 7, 31),
			_stockholmDay(localRoutine.getNextReviewDate()));
	}

	@Test
	public void aNewIntervalCountsFromTheLastReviewInTheCompanysZone()
		throws Exception {

		_localRoutine.setGroupId(_GROUP_ID);
		_localRoutine.setOwnerUserId(_USER_ID);
		_localRoutine.setLastReviewDate(
			Date.from(_LAST_OF_JANUARY_2330_STOCKHOLM));

		JournalArticle journalArticle = mock(JournalArticle.class);

		when(journalArticle.getCompanyId()).thenReturn(_COMPANY_ID);
		when(journalArticle.getGroupId()).thenReturn(_GROUP_ID);
		when(
			_journalArticleLocalService.fetchLatestArticle(_ARTICLE_ID)
		).thenReturn(
			journalArticle
		);

		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.isActive()).thenReturn(true);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(userLocalService.fetchUser(_USER_ID)).thenReturn(user);

		Fields.set(
			_localRoutineLocalServiceImpl, "userLocalService",
			userLocalService);

		LocalRoutine localRoutine =
			_localRoutineLocalServiceImpl.updateLocalRoutine(
				_USER_ID, _LOCAL_ROUTINE_ID, _ARTICLE_ID, _USER_ID, 3);

		// 31 January + 3 months is the last of April; counted in UTC it was 1 May at 00:30 in Stockholm

		assertEquals(
			LocalDate.of(2026, 4, 30),
			_stockholmDay(localRoutine.getNextReviewDate()));
	}

	private static LocalDate _stockholmDay(Date date) {
		return LocalDate.ofInstant(date.toInstant(), ZoneId.of("Europe/Stockholm"));
	}

	private static final long _ARTICLE_ID = 50001;

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final Instant _LAST_OF_JANUARY_2330_STOCKHOLM =
		Instant.parse("2026-01-31T22:30:00Z");

	private static final long _LOCAL_ROUTINE_ID = 41001;

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

	private static final long _USER_ID = 30001;

	private final JournalArticleLocalService _journalArticleLocalService =
		mock(JournalArticleLocalService.class);
	private final LocalRoutine _localRoutine = new LocalRoutineImpl();
	private final LocalRoutineLocalServiceImpl _localRoutineLocalServiceImpl =
		new LocalRoutineLocalServiceImpl();

}
