package se.livsviktig.instructor.service.impl;

import com.liferay.portal.aop.AopService;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;
import se.livsviktig.instructor.internal.figures.InstructorFigureCounts;
import se.livsviktig.instructor.internal.standing.CertificationsAsOfQuery;
import se.livsviktig.instructor.internal.standing.LicenceStandingsAsOf;
import se.livsviktig.instructor.service.base.InstructorFiguresLocalServiceBaseImpl;
import se.livsviktig.training.service.SessionInstructorLocalService;

/**
 * The instructor figures of the report app per training method, each family from a constant number of
 * statements whatever the number of instructors, by the definitions the app already uses: the qualification
 * check's (certified), training's delivered sessions (active) and the licence standing's (at risk, lapsed). Local
 * only: the figures are counts without names, and the report's remote service checks VIEW_REPORTS before it
 * asks. A certification has no administration, so the counts are for the whole company.
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
				companyId, from, to));
	}

	/**
	 * Instructors whom a certification active at the moment covers, each once per method, in one GROUP BY: who
	 * the qualification check lets teach the method on that day.
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
	 * Instructors per method and licence standing (ok, at risk, lapsed) as {@code LicenceStandingLocalService}
	 * would have given them at the moment, from its three statements: the certifications active then, the
	 * methods' rules and training's delivered sessions up to the moment.
	 */
	@Override
	public List<InstructorStandingCount> getInstructorStandingCounts(
		long companyId, Date asOf) {

		return InstructorFigureCounts.standingCounts(
			_licenceStandingsAsOf.getLicenceStandingsAsOf(
				companyId, asOf.toInstant()));
	}

	@Reference
	private LicenceStandingsAsOf _licenceStandingsAsOf;

	@Reference
	private SessionInstructorLocalService _sessionInstructorLocalService;

}
