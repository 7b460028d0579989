package se.livsviktig.instructor.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.spi.InstructorStanding;
import se.livsviktig.training.staffing.DeliveredSessionCount;

/**
 * Counts per training method from the families' rows: people, not sessions or certifications.
 *
 * @author Livsviktig
 */
public class InstructorFigureCountsTest {

	@Test
	public void activeCountsEachInstructorOncePerMethodHoweverManySessions() {
		assertEquals(
			List.of(new InstructorCount(_MHFA, 2), new InstructorCount(_YAM, 1)),
			InstructorFigureCounts.activeCounts(
				List.of(
					new DeliveredSessionCount(_ANNA, _YAM, 1),
					new DeliveredSessionCount(_ANNA, _MHFA, 3),
					new DeliveredSessionCount(_BO, _MHFA, 1),
					new DeliveredSessionCount(_CECILIA, _SIP, 0))));
	}

	@Test
	public void certifiedCountsAreReadWhateverNumberTypeTheDatabaseGives() {
		assertEquals(
			List.of(new InstructorCount(_MHFA, 3), new InstructorCount(_YAM, 2)),
			InstructorFigureCounts.fromRows(
				List.of(
					new Object[] {_MHFA, new BigDecimal("3")},
					new Object[] {Integer.valueOf((int)_YAM), 2L})));
	}

	@Test
	public void standingsAreCountedPerMethodAndStandingOrderedByMethod() {
		assertEquals(
			List.of(
				new InstructorStandingCount(
					_MHFA, InstructorStanding.AT_RISK, 2),
				new InstructorStandingCount(_MHFA, InstructorStanding.OK, 1),
				new InstructorStandingCount(
					_YAM, InstructorStanding.LAPSED, 1)),
			InstructorFigureCounts.standingCounts(
				List.of(
					_standing(_ANNA, _YAM, InstructorStanding.LAPSED),
					_standing(_ANNA, _MHFA, InstructorStanding.AT_RISK),
					_standing(_BO, _MHFA, InstructorStanding.OK),
					_standing(_CECILIA, _MHFA, InstructorStanding.AT_RISK))));
	}

	private static LicenceStanding _standing(
		long userId, long trainingMethodId, InstructorStanding standing) {

		return new LicenceStanding(
			userId, trainingMethodId, standing, 0, 0, 0, null, new Date());
	}

	private static final long _ANNA = 1001;

	private static final long _BO = 1002;

	private static final long _CECILIA = 1003;

	private static final long _MHFA = 501;

	private static final long _SIP = 503;

	private static final long _YAM = 502;

}
