package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.UserLocalService;

import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The person's standings on Mina instruktörsuppdrag, in words, with the sessions against the rule and the dates
 * in the reader's language; a method without a rule only with its validity; open-ended told apart from no valid
 * certification.
 *
 * @author Livsviktig
 */
public class LicenceStandingRowsTest {

	@BeforeEach
	public void setUp() {
		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		_trainingMethod(trainingMethodLocalService, _MHFA_ID, "MHFA Adult");
		_trainingMethod(trainingMethodLocalService, _YAM_ID, "YAM");

		_licenceStandingRows = new LicenceStandingRows(
			new CertificationRows(
				mock(UserLocalService.class), trainingMethodLocalService,
				Locale.US, _ZONE));
	}

	@Test
	public void aLapsedLicenceUnderAnOpenEndedCertificationIsOpenEnded() {
		LicenceStandingRow row = _onlyRow(
			new LicenceStanding(
				_USER_ID, _MHFA_ID, InstructorStanding.LAPSED, 1, 4, 3, null,
				null, true));

		assertEquals("licence-standing-lapsed", row.getStandingLabelKey());
		assertNull(row.getCertifiedUntil());
		assertTrue(
			row.isOpenEnded(),
			"the sessions lapsed, not the certification: it is open-ended");
	}

	@Test
	public void aLicenceWithNoValidCertificationIsNotCalledOpenEnded() {
		LicenceStandingRow row = _onlyRow(
			new LicenceStanding(
				_USER_ID, _MHFA_ID, InstructorStanding.LAPSED, 1, 4, 3, null,
				null, false));

		assertNull(row.getDeadline());
		assertNull(row.getCertifiedUntil());
		assertFalse(row.isOpenEnded());
	}

	@Test
	public void aMethodWithoutARuleShowsOnlyTheValidity() {
		LicenceStandingRow row = _onlyRow(
			new LicenceStanding(
				_USER_ID, _YAM_ID, InstructorStanding.OK, 0, 0, 0, null, null,
				true));

		assertFalse(row.isRuled());
		assertEquals("licence-standing-ok", row.getStandingLabelKey());
		assertTrue(row.isOpenEnded());
	}

	@Test
	public void anAtRiskLicenceSaysHowManyByWhen() {
		LicenceStandingRow row = _onlyRow(
			new LicenceStanding(
				_USER_ID, _MHFA_ID, InstructorStanding.AT_RISK, 2, 4, 2,
				_day("2031-03-12"), _day("2032-01-15")));

		assertEquals("MHFA Adult", row.getTrainingMethodName());
		assertEquals("licence-standing-at-risk", row.getStandingLabelKey());
		assertTrue(row.isRuled());
		assertEquals(2, row.getSessionsDelivered());
		assertEquals(4, row.getSessionsRequired());
		assertEquals(2, row.getSessionsStillNeeded());
		assertEquals("Mar 12, 2031", row.getDeadline());
		assertEquals("Jan 15, 2032", row.getCertifiedUntil());
		assertFalse(row.isOpenEnded());
	}

	@Test
	public void keepsTheServicesOrder() {
		List<LicenceStandingRow> rows = _licenceStandingRows.toRows(
			List.of(
				new LicenceStanding(
					_USER_ID, _MHFA_ID, InstructorStanding.LAPSED, 1, 4, 3,
					null, _day("2032-01-15")),
				new LicenceStanding(
					_USER_ID, _YAM_ID, InstructorStanding.OK, 0, 0, 0, null,
					null, true)));

		assertEquals(2, rows.size());
		assertEquals("MHFA Adult", rows.get(0).getTrainingMethodName());
		assertEquals(
			"licence-standing-lapsed", rows.get(0).getStandingLabelKey());
		assertEquals("YAM", rows.get(1).getTrainingMethodName());
	}

	private static Date _day(String isoDate) {
		return Date.from(
			LocalDate.parse(
				isoDate
			).atStartOfDay(
				_ZONE
			).toInstant());
	}

	private static void _trainingMethod(
		TrainingMethodLocalService trainingMethodLocalService,
		long trainingMethodId, String name) {

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(Locale.US)
		).thenReturn(
			name
		);
		when(
			trainingMethodLocalService.fetchTrainingMethod(trainingMethodId)
		).thenReturn(
			trainingMethod
		);
	}

	private LicenceStandingRow _onlyRow(LicenceStanding licenceStanding) {
		List<LicenceStandingRow> rows = _licenceStandingRows.toRows(
			List.of(licenceStanding));

		assertEquals(1, rows.size());

		return rows.get(0);
	}

	private static final long _MHFA_ID = 1;

	private static final long _USER_ID = 20123;

	private static final long _YAM_ID = 2;

	private static final ZoneId _ZONE = ZoneId.of("Europe/Stockholm");

	private LicenceStandingRows _licenceStandingRows;

}
