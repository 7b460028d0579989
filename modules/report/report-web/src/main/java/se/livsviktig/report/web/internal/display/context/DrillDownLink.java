package se.livsviktig.report.web.internal.display.context;

/**
 * The address of the sessions behind one number of the overview, given the cell's administration, method (0 for
 * every method) and sex ("" for everyone); null when the figure has no drill-down.
 *
 * @author Livsviktig
 */
@FunctionalInterface
public interface DrillDownLink {

	public static final DrillDownLink NONE = (
		figureKey, organizationId, trainingMethodId, sex) -> null;

	public String of(
		String figureKey, long organizationId, long trainingMethodId,
		String sex);

}
