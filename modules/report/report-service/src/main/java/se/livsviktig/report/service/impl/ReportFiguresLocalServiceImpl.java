package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureDifference;
import se.livsviktig.report.figures.ReportFigureSource;
import se.livsviktig.report.internal.figures.FrozenFigureComparison;
import se.livsviktig.report.internal.figures.ReportFigureScope;
import se.livsviktig.report.internal.figures.TrainingFigureFlattening;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.model.ReportFrozenFigure;
import se.livsviktig.report.service.base.ReportFiguresLocalServiceBaseImpl;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.service.TrainingFiguresLocalService;

/**
 * The figures of a period today, read from each app's API (training's, one statement per figure family), and their
 * differences from a freeze.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.report.model.ReportFigures",
	service = AopService.class
)
public class ReportFiguresLocalServiceImpl
	extends ReportFiguresLocalServiceBaseImpl {

	/**
	 * Every frozen figure beside its value today, the unchanged ones too, and the figures that appeared since
	 * (frozen as 0).
	 */
	@Override
	public List<ReportFigureDifference> getComparison(
			long reportFreezeId, Date now)
		throws PortalException {

		ReportFreeze reportFreeze = reportFreezePersistence.findByPrimaryKey(
			reportFreezeId);

		return FrozenFigureComparison.everyFigure(
			_frozenFigures(reportFreezeId), _freezeFigures(reportFreeze, now));
	}

	/**
	 * The frozen figures whose value today is different, each with both values.
	 */
	@Override
	public List<ReportFigureDifference> getDifferences(
			long reportFreezeId, Date now)
		throws PortalException {

		ReportFreeze reportFreeze = reportFreezePersistence.findByPrimaryKey(
			reportFreezeId);

		return FrozenFigureComparison.differences(
			_frozenFigures(reportFreezeId), _freezeFigures(reportFreeze, now));
	}

	/**
	 * Today's figures of a freeze's period and scope: every figure when it covers every administration; of one
	 * organisation only the figures of its administrations, never those of no administration (sessions held,
	 * counted for the whole company), which its manager may not read (ReportViewPermission). What a freeze
	 * stores and what it is compared with.
	 *
	 * @param organizationId 0 for every administration, or the organisation whose children (each with its
	 *        subtree) the figures are grouped by
	 */
	@Override
	public List<ReportFigure> getFreezeFigures(
			long companyId, Date from, Date to, long organizationId, Date now)
		throws PortalException {

		return new ReportFigureScope(
			0, organizationId == 0, 0
		).filter(
			getFigures(companyId, from, to, organizationId, now)
		);
	}

	/**
	 * Today's figures of sessions whose first date is in [from, to).
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 *        with its subtree) the figures are grouped by
	 * @param now sessions count as held when their last date ended before this moment
	 */
	@Override
	public List<ReportFigure> getFigures(
			long companyId, Date from, Date to, long organizationId, Date now)
		throws PortalException {

		List<ParticipantFigures> participantFigures;

		if (organizationId == 0) {
			participantFigures =
				_trainingFiguresLocalService.getParticipantFigures(
					companyId, from, to);
		}
		else {
			participantFigures =
				_trainingFiguresLocalService.getRolledUpParticipantFigures(
					companyId, organizationId, from, to);
		}

		List<ReportFigure> reportFigures = new ArrayList<>(
			TrainingFigureFlattening.flatten(
				_trainingFiguresLocalService.getSessionFigures(
					companyId, from, to, now),
				participantFigures));

		for (ReportFigureSource reportFigureSource : _reportFigureSources) {
			reportFigures.addAll(
				reportFigureSource.getFigures(
					companyId, from, to, organizationId, now));
		}

		return reportFigures;
	}

	private List<ReportFigure> _freezeFigures(
			ReportFreeze reportFreeze, Date now)
		throws PortalException {

		return getFreezeFigures(
			reportFreeze.getCompanyId(), reportFreeze.getPeriodFrom(),
			reportFreeze.getPeriodTo(), reportFreeze.getOrganizationId(), now);
	}

	private List<ReportFigure> _frozenFigures(long reportFreezeId) {
		List<ReportFigure> frozenFigures = new ArrayList<>();

		for (ReportFrozenFigure reportFrozenFigure :
				reportFrozenFigurePersistence.findByReportFreezeId(
					reportFreezeId)) {

			frozenFigures.add(
				new ReportFigure(
					reportFrozenFigure.getFigureKey(),
					reportFrozenFigure.getOrganizationId(),
					reportFrozenFigure.getTrainingMethodId(),
					reportFrozenFigure.getSex(), reportFrozenFigure.getValue()));
		}

		return frozenFigures;
	}

	/**
	 * The other apps' figures: a source registers when its app is deployed (it holds a mandatory reference to the
	 * app's API), so the report works with any subset of the apps. Empty until bound: Declarative Services replaces
	 * the list as sources come and go, and a harness that wires the service by hand leaves it empty.
	 */
	@Reference(
		cardinality = ReferenceCardinality.MULTIPLE,
		policy = ReferencePolicy.DYNAMIC,
		policyOption = ReferencePolicyOption.GREEDY
	)
	private volatile List<ReportFigureSource> _reportFigureSources =
		new ArrayList<>();

	@Reference
	private TrainingFiguresLocalService _trainingFiguresLocalService;

}
