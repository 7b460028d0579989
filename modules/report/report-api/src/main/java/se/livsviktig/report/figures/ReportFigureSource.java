package se.livsviktig.report.figures;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Date;
import java.util.List;

/**
 * How an app's figures reach the yearly report: each app that has figures registers one of these as an OSGi
 * service, holding a mandatory reference to its own API, so the report shows an app's figures when the app is
 * deployed and works without it. Training's figures are read directly, they are the report's core.
 *
 * <p>
 * Implementations count in one statement per figure family (GROUP BY administration, method, sex); they never loop
 * over rows.
 * </p>
 *
 * @author Livsviktig
 */
public interface ReportFigureSource {

	/**
	 * The keys this source can produce, in the order a report lists them.
	 */
	public List<String> getFigureKeys();

	/**
	 * Today's figures of the period [from, to).
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 *        with its subtree) the figures are grouped by, as {@code ReportFiguresLocalService.getFigures}
	 * @param now the moment "today" means (a figure that depends on it, e.g. held or overdue, uses this)
	 */
	public List<ReportFigure> getFigures(
			long companyId, Date from, Date to, long organizationId, Date now)
		throws PortalException;

}
