package se.livsviktig.careprogram.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.constants.ContentReviewConstants;
import se.livsviktig.careprogram.model.RoutineReviewFigures;
import se.livsviktig.careprogram.service.CareProgramFiguresLocalService;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The report's routine figures through the care programme app's local service on PostgreSQL and the portal's
 * Hibernate session: one statement however many administrations and routines, its rows back as the API's values,
 * judged in the company's time zone.
 *
 * @author Livsviktig
 */
class CareProgramFiguresIT {

	@RegisterExtension
	static final PersistenceHarness harness = CareProgramRows.harness();

	@Test
	void theRoutinesReviewedOnTimeAreOneStatementWhateverTheNumberOfRows() throws Exception {
		long companyId = _rows.newId();

		Company company = mock(Company.class);

		when(company.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Stockholm"));
		when(harness.portalService(CompanyLocalService.class).getCompany(companyId)).thenReturn(company);

		long[] administrations = {_rows.newId(), _rows.newId(), _rows.newId()};

		for (int i = 0; i < administrations.length; i++) {
			long organizationId = administrations[i];

			for (int j = 0; j <= i; j++) {
				long onTime = _routine(companyId, organizationId);

				_rows.contentReview(
					contentReview -> {
						contentReview.setCompanyId(companyId);
						contentReview.setLocalRoutineId(onTime);
						contentReview.setReviewDate(_date("2027-09-01T10:00:00Z"));
						contentReview.setReviewKind(ContentReviewConstants.KIND_CONFIRMED);
					});
			}

			_routine(companyId, organizationId);
		}

		CareProgramFiguresLocalService careProgramFiguresLocalService = harness.get(
			CareProgramFiguresLocalService.class);

		harness.resetStatementCount();

		List<RoutineReviewFigures> routineReviewFigures = _rows.read(
			() -> careProgramFiguresLocalService.getRoutineReviewFigures(
				companyId, _date("2027-12-31T23:00:00Z"), _date("2028-02-01T10:00:00Z")));

		assertEquals(1, harness.statementCount(), "all administrations in one statement");
		assertEquals(
			List.of(
				new RoutineReviewFigures(administrations[0], 2, 1),
				new RoutineReviewFigures(administrations[1], 3, 2),
				new RoutineReviewFigures(administrations[2], 4, 3)),
			routineReviewFigures);
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	/**
	 * A routine created in 2026 with a year's interval: late at the end of 2027 unless reviewed in 2027.
	 */
	private long _routine(long companyId, long organizationId) throws Exception {
		return _rows.localRoutine(
			localRoutine -> {
				localRoutine.setCompanyId(companyId);
				localRoutine.setOrganizationId(organizationId);
				localRoutine.setReviewIntervalMonths(12);
				localRoutine.setCreateDate(_date("2026-03-01T10:00:00Z"));
			}
		).getLocalRoutineId();
	}

	private final CareProgramRows _rows = new CareProgramRows(harness);

}
