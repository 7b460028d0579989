package se.livsviktig.report.web.internal.export;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import se.livsviktig.report.exception.ReportExportMappingException;
import se.livsviktig.report.exception.ReportOrganizationException;
import se.livsviktig.report.exception.ReportTrainingMethodException;

/**
 * The refusals of the export and the mapping editor that are the reader's input, each with the Language key of
 * its message; anything else is a fault, not an answer. The period is a whole year, so the period's refusals cannot
 * arise here.
 *
 * @author Livsviktig
 */
public class ExportErrors {

	public static final List<Class<? extends PortalException>> INPUT_ERRORS =
		Collections.unmodifiableList(
			Arrays.asList(
				ReportExportMappingException.class,
				ReportOrganizationException.class,
				ReportTrainingMethodException.class));

	/**
	 * @return the Language key of the refusal's message, or null if it is not the reader's input
	 */
	public static String messageKey(Class<?> exceptionClass) {
		if (exceptionClass == ReportExportMappingException.class) {
			return "export-mapping-error";
		}
		else if (exceptionClass == ReportOrganizationException.class) {
			return "export-organization-error";
		}
		else if (exceptionClass == ReportTrainingMethodException.class) {
			return "export-training-method-error";
		}

		return null;
	}

}
