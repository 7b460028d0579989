package se.livsviktig.careprogram.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.journal.service.JournalArticleLocalService;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.impl.CareProgramImpl;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.internal.review.CompanyReviewSchedule;
import se.livsviktig.careprogram.service.persistence.CareProgramPersistence;
import se.livsviktig.platform.test.support.Fields;

/**
 * A programme's next review falls due on the day its interval ends in the company's calendar, as a routine's does
 * (LocalRoutineReviewDueDateTest): confirmed at 23:30 in Stockholm on the last day of January with six months, it
 * is due on 31 July; counted in UTC months it fell on 1 August.
 *
 * @author Livsviktig
 */
public class CareProgramReviewDueDateTest {

	@BeforeEach
	public void setUp() throws Exception {
		Company company = mock(Company.class);

		when(company.getTimeZone()).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm"));

		CompanyLocalService companyLocalService = mock(
			CompanyLocalService.class);

		when(companyLocalService.getCompany(_COMPANY_ID)).thenReturn(company);

		CompanyReviewSchedule companyReviewSchedule =
			new CompanyReviewSchedule();

		Fields.set(
			companyReviewSchedule, "_companyLocalService", companyLocalService);

		_careProgram.setCareProgramId(_CARE_PROGRAM_ID);
		_careProgram.setCompanyId(_COMPANY_ID);
		_careProgram.setReviewIntervalMonths(6);
		_careProgram.setCreateDate(
			Date.from(Instant.parse("2025-11-03T09:00:00Z")));

		CareProgramPersistence careProgramPersistence = mock(
			CareProgramPersistence.class);

		when(
			careProgramPersistence.findByPrimaryKey(_CARE_PROGRAM_ID)
		).thenReturn(
			_careProgram
		);
		when(
			careProgramPersistence.update(any(CareProgram.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);

		Fields.set(
			_careProgramLocalServiceImpl, "careProgramPersistence",
			careProgramPersistence);
		Fields.set(
			_careProgramLocalServiceImpl, "_companyReviewSchedule",
			companyReviewSchedule);
		Fields.set(
			_careProgramLocalServiceImpl, "_contentReviewLocalService",
			mock(ContentReviewLocalService.class));
		Fields.set(
			_careProgramLocalServiceImpl, "_journalArticleLocalService",
			mock(JournalArticleLocalService.class));

		_careProgramLocalServiceImpl.setClock(
			Clock.fixed(
				Instant.parse("2026-01-31T22:30:00Z"), ZoneOffset.UTC));
	}

	@Test
	public void aReviewConfirmedAt2330OnTheLastOfJanuaryFallsDueOnTheLastOfJulyInTheCompanysZone()
		throws Exception {

		CareProgram careProgram =
			_careProgramLocalServiceImpl.confirmCareProgramReview(
				_USER_ID, _CARE_PROGRAM_ID, null);

		assertEquals(
			LocalDate.of(2026, 7, 31),
			LocalDate.ofInstant(
				careProgram.getNextReviewDate().toInstant(),
				ZoneId.of("Europe/Stockholm")));
	}

	private static final long _CARE_PROGRAM_ID = 42001;

	private static final long _COMPANY_ID = 20097;

	private static final long _USER_ID = 30001;

	private final CareProgram _careProgram = new CareProgramImpl();
	private final CareProgramLocalServiceImpl _careProgramLocalServiceImpl =
		new CareProgramLocalServiceImpl();

}
