package se.livsviktig.report.internal.figures.source;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.service.CareProgramFiguresLocalService;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureSource;

/**
 * The care programme app's figures for the report: VIP routines and those reviewed on time per administration.
 * Its reference to the app's API is mandatory, so where the app is not deployed this component stays unsatisfied
 * and the report simply has no such figures (the package import is optional, see bnd.bnd).
 *
 * @author Livsviktig
 */
@Component(service = ReportFigureSource.class)
public class CareProgramReportFigureSource implements ReportFigureSource {

	@Override
	public List<String> getFigureKeys() {
		return _FIGURE_KEYS;
	}

	/**
	 * The routines are judged at the period's end, or at {@code now} for a period not over yet.
	 */
	@Override
	public List<ReportFigure> getFigures(
			long companyId, Date from, Date to, long organizationId, Date now)
		throws PortalException {

		if (organizationId == 0) {
			return CareProgramFigureFlattening.flatten(
				_careProgramFiguresLocalService.getRoutineReviewFigures(
					companyId, to, now));
		}

		return CareProgramFigureFlattening.flatten(
			_careProgramFiguresLocalService.getRolledUpRoutineReviewFigures(
				companyId, organizationId, to, now));
	}

	private static final List<String> _FIGURE_KEYS =
		Collections.unmodifiableList(
			Arrays.asList(
				ReportFigureKeys.CAREPROGRAM_ROUTINES,
				ReportFigureKeys.CAREPROGRAM_ROUTINES_REVIEWED_ON_TIME));

	@Reference
	private CareProgramFiguresLocalService _careProgramFiguresLocalService;

}
