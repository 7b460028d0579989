package se.livsviktig.instructor.service.impl;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;
import se.livsviktig.instructor.internal.figures.InstructorAttribution;
import se.livsviktig.instructor.internal.figures.InstructorFigureCounts;
import se.livsviktig.instructor.internal.standing.CertificationsAsOfQuery;
import se.livsviktig.instructor.internal.standing.LicenceStandingsAsOf;
import se.livsviktig.instructor.service.base.InstructorFiguresLocalServiceBaseImpl;
import se.livsviktig.training.service.SessionInstructorLocalService;

/**
 * The instructor figures of the report app per administration, training method and sex, each family from a
 * constant number of statements whatever the number of instructors, by the definitions the app already uses: the
 * qualification check's (certified), training's delivered sessions (active) and the licence standing's (at risk,
 * lapsed). The administration and the sex are those each certification recorded of its holder; the active and
 * standing families, whose rows are people rather than certifications, take them from each instructor's latest
 * certification for the method (one more statement, {@link InstructorAttribution}). Plain, per administration as
 * recorded; rolled up, per child of a parent organisation with its subtree. Local only: the figures are counts
 * without names, and the report's remote service checks VIEW_REPORTS before it asks.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.InstructorFigures",
	service = AopService.class
)
public class InstructorFiguresLocalServiceImpl
	extends InstructorFiguresLocalServiceBaseImpl {

	/**
	 * Instructors who delivered at least one session of the method whose last date ended in [from, to), by
	 * training's rule of a delivered session ({@code SessionInstructorLocalService.getDeliveredSessionCounts}, one
	 * GROUP BY by instructor and method): the sessions licence upkeep counts.
	 */
	@Override
	public List<InstructorCount> getActiveInstructorCounts(
		long companyId, Date from, Date to) {

		return InstructorFigureCounts.activeCounts(
			_sessionInstructorLocalService.getDeliveredSessionCounts(
				companyId, from, to),
			_attribution(
				new CertificationsAsOfQuery(
					companyId, _lastMomentBefore(to)
				).selectHolderAttributes(),
				false));
	}

	/**
	 * Instructors whom a certification active at the moment covers, each once per cell, in one GROUP BY: who the
	 * qualification check lets teach the method on that day.
	 */
	@Override
	public List<InstructorCount> getCertifiedInstructorCounts(
		long companyId, Date asOf) {

		return InstructorFigureCounts.fromRows(
			certificationPersistence.dslQuery(
				new CertificationsAsOfQuery(
					companyId, asOf
				).selectCertifiedCounts()));
	}

	/**
	 * Instructors per cell and licence standing (ok, at risk, lapsed) as {@code LicenceStandingLocalService} would
	 * have given them at the moment, from its three statements (the certifications active then, the methods'
	 * rules and training's delivered sessions up to the moment) and the attribution's one.
	 */
	@Override
	public List<InstructorStandingCount> getInstructorStandingCounts(
		long companyId, Date asOf) {

		return InstructorFigureCounts.standingCounts(
			_licenceStandingsAsOf.getLicenceStandingsAsOf(
				companyId, asOf.toInstant()),
			_attribution(
				new CertificationsAsOfQuery(
					companyId, asOf
				).selectHolderAttributes(),
				false));
	}

	/**
	 * As {@link #getActiveInstructorCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree.
	 */
	@Override
	public List<InstructorCount> getRolledUpActiveInstructorCounts(
		long companyId, long parentOrganizationId, Date from, Date to) {

		return InstructorFigureCounts.activeCounts(
			_sessionInstructorLocalService.getDeliveredSessionCounts(
				companyId, from, to),
			_attribution(
				new CertificationsAsOfQuery(
					companyId, _lastMomentBefore(to)
				).selectRolledUpHolderAttributes(parentOrganizationId),
				true));
	}

	/**
	 * As {@link #getCertifiedInstructorCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree, in one GROUP BY: a holder counts once per child.
	 */
	@Override
	public List<InstructorCount> getRolledUpCertifiedInstructorCounts(
		long companyId, long parentOrganizationId, Date asOf) {

		return InstructorFigureCounts.fromRows(
			certificationPersistence.dslQuery(
				new CertificationsAsOfQuery(
					companyId, asOf
				).selectRolledUpCertifiedCounts(parentOrganizationId)));
	}

	/**
	 * As {@link #getInstructorStandingCounts}, each child of the parent organisation (0 = the top-level
	 * administrations) with its whole subtree.
	 */
	@Override
	public List<InstructorStandingCount> getRolledUpInstructorStandingCounts(
		long companyId, long parentOrganizationId, Date asOf) {

		return InstructorFigureCounts.standingCounts(
			_licenceStandingsAsOf.getLicenceStandingsAsOf(
				companyId, asOf.toInstant()),
			_attribution(
				new CertificationsAsOfQuery(
					companyId, asOf
				).selectRolledUpHolderAttributes(parentOrganizationId),
				true));
	}

	/**
	 * The period is [from, to): a certification recorded at {@code to} is the next period's.
	 */
	private static Date _lastMomentBefore(Date to) {
		return new Date(to.getTime() - 1);
	}

	private InstructorAttribution _attribution(
		DSLQuery dslQuery, boolean rolledUp) {

		return InstructorAttribution.fromRows(
			certificationPersistence.dslQuery(dslQuery), rolledUp);
	}

	@Reference
	private LicenceStandingsAsOf _licenceStandingsAsOf;

	@Reference
	private SessionInstructorLocalService _sessionInstructorLocalService;

}
