package se.livsviktig.report.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.List;

import se.livsviktig.report.figures.ReportFigureDifference;
import se.livsviktig.report.service.ReportFiguresService;

/**
 * Which figures one freeze's view lists: by default the frozen figures whose value changed since (what a
 * coordinator comes back for), and every frozen figure beside its value today when the reader asks for all of them
 * ("showAll" in the render URL, so the choice survives a reload and can be linked to).
 *
 * @author Livsviktig
 */
public class FreezeFigureListing {

	public static final String SHOW_ALL = "showAll";

	public static List<ReportFigureDifference> read(
			ReportFiguresService reportFiguresService, long reportFreezeId,
			boolean showAll)
		throws PortalException {

		if (showAll) {
			return reportFiguresService.getComparison(reportFreezeId);
		}

		return reportFiguresService.getDifferences(reportFreezeId);
	}

}
