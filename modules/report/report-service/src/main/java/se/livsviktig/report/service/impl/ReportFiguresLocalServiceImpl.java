package se.livsviktig.report.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureDifference;
import se.livsviktig.report.internal.figures.FrozenFigureComparison;
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
	 * The frozen figures whose value today is different, each with both values.
	 */
	@Override
	public List<ReportFigureDifference> getDifferences(
			long reportFreezeId, Date now)
		throws PortalException {

		ReportFreeze reportFreeze = reportFreezePersistence.findByPrimaryKey(
			reportFreezeId);

		List<ReportFigure> frozenFigures = new ArrayList<>();

		for (ReportFrozenFigure reportFrozenFigure :
				reportFrozenFigurePersistence.findByReportFreezeId(
					reportFreezeId)) {

			frozenFigures.add(
				new ReportFigure(
					reportFrozenFigure.getFigureKey(),
					reportFrozenFigure.getOrganizationId(),
					reportFrozenFigure.getTrainingMethodId(),
					reportFrozenFigure.getValue()));
		}

		return FrozenFigureComparison.differences(
			frozenFigures,
			getFigures(
				reportFreeze.getCompanyId(), reportFreeze.getPeriodFrom(),
				reportFreeze.getPeriodTo(), reportFreeze.getOrganizationId(),
				now));
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
		long companyId, Date from, Date to, long organizationId, Date now) {

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

		return TrainingFigureFlattening.flatten(
			_trainingFiguresLocalService.getSessionFigures(
				companyId, from, to, now),
			participantFigures);
	}

	@Reference
	private TrainingFiguresLocalService _trainingFiguresLocalService;

}
