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
 * Counts per administration, training method and sex from the families' rows: people, not sessions or
 * certifications, each in the cell of their latest certification for the method.
 *
 * @author Livsviktig
 */
public class InstructorFigureCountsTest {

	@Test
	public void activeCountsEachInstructorOncePerMethodHoweverManySessions() {
		assertEquals(
			List.of(
				new InstructorCount(_NORTH, _MHFA, "female", 1),
				new InstructorCount(_NORTH, _YAM, "female", 1),
				new InstructorCount(_SOUTH, _MHFA, "male", 1)),
			InstructorFigureCounts.activeCounts(
				List.of(
					new DeliveredSessionCount(_ANNA, _YAM, 1),
					new DeliveredSessionCount(_ANNA, _MHFA, 3),
					new DeliveredSessionCount(_BO, _MHFA, 1),
					new DeliveredSessionCount(_CECILIA, _SIP, 0)),
				_attribution(false)));
	}

	@Test
	public void anActiveInstructorWithoutACertificationIsUnknownInNoAdministration() {
		assertEquals(
			List.of(new InstructorCount(0, _SIP, "unknown", 1)),
			InstructorFigureCounts.activeCounts(
				List.of(new DeliveredSessionCount(_DAVID, _SIP, 2)),
				_attribution(false)));
	}

	@Test
	public void certifiedCountsAreReadWhateverNumberTypeTheDatabaseGives() {
		assertEquals(
			List.of(
				new InstructorCount(_NORTH, _MHFA, "female", 3),
				new InstructorCount(_NORTH, _YAM, "unknown", 2)),
			InstructorFigureCounts.fromRows(
				List.of(
					new Object[] {
						_NORTH, _MHFA, "female", new BigDecimal("3")
					},
					new Object[] {
						new BigDecimal(_NORTH), Integer.valueOf((int)_YAM),
						null, 2L
					})));
	}

	@Test
	public void rolledUpTheLatestCertificationOutsideTheSubtreeCountsNowhere() {
		assertEquals(
			List.of(new InstructorCount(_NORTH, _MHFA, "female", 1)),
			InstructorFigureCounts.activeCounts(
				List.of(
					new DeliveredSessionCount(_ANNA, _MHFA, 1),
					new DeliveredSessionCount(_BO, _MHFA, 1),
					new DeliveredSessionCount(_DAVID, _SIP, 1)),
				_attribution(true)));
	}

	@Test
	public void standingsAreCountedPerCellAndStandingInTheCellsOrder() {
		assertEquals(
			List.of(
				new InstructorStandingCount(
					_NORTH, _MHFA, "female", InstructorStanding.AT_RISK, 2),
				new InstructorStandingCount(
					_NORTH, _YAM, "female", InstructorStanding.LAPSED, 1),
				new InstructorStandingCount(
					_SOUTH, _MHFA, "male", InstructorStanding.OK, 1)),
			InstructorFigureCounts.standingCounts(
				List.of(
					_standing(_ANNA, _YAM, InstructorStanding.LAPSED),
					_standing(_ANNA, _MHFA, InstructorStanding.AT_RISK),
					_standing(_BO, _MHFA, InstructorStanding.OK),
					_standing(_CECILIA, _MHFA, InstructorStanding.AT_RISK)),
				_attribution(false)));
	}

	/**
	 * Anna (north, female) and Cecilia (north, female, moved there from south) and Bo (south, male; rolled up, his
	 * latest certification lies outside the parent's subtree, an older one inside).
	 */
	private static InstructorAttribution _attribution(boolean rolledUp) {
		Object bosAdministration = rolledUp ? null : _SOUTH;

		return InstructorAttribution.fromRows(
			List.of(
				new Object[] {_ANNA, _MHFA, _NORTH, "female"},
				new Object[] {_ANNA, _YAM, _NORTH, "female"},
				new Object[] {_BO, _MHFA, bosAdministration, "male"},
				new Object[] {_BO, _MHFA, _NORTH, "male"},
				new Object[] {_CECILIA, _MHFA, _NORTH, "female"},
				new Object[] {_CECILIA, _MHFA, _SOUTH, "female"}),
			rolledUp);
	}

	private static LicenceStanding _standing(
		long userId, long trainingMethodId, InstructorStanding standing) {

		return new LicenceStanding(
			userId, trainingMethodId, standing, 0, 0, 0, null, new Date());
	}

	private static final long _ANNA = 1001;

	private static final long _BO = 1002;

	private static final long _CECILIA = 1003;

	private static final long _DAVID = 1004;

	private static final long _MHFA = 501;

	private static final long _NORTH = 40101;

	private static final long _SIP = 503;

	private static final long _SOUTH = 40102;

	private static final long _YAM = 502;

}
