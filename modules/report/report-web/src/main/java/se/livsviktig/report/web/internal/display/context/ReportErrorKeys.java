package se.livsviktig.report.web.internal.display.context;

import java.time.format.DateTimeParseException;

import se.livsviktig.report.exception.ReportFreezeStatusException;
import se.livsviktig.report.exception.ReportOrganizationException;
import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;
import se.livsviktig.report.exception.ReportTrainingMethodException;
import se.livsviktig.report.exception.ReportUnfreezeReasonException;

/**
 * The Language key of each refusal of the reader's input, so a page says what to correct in the reader's
 * language; null for an exception that is no input's fault.
 *
 * @author Livsviktig
 */
public class ReportErrorKeys {

	public static String of(Exception exception) {
		if (exception instanceof ReportPeriodEndException) {
			return "report-period-end-error";
		}

		if (exception instanceof ReportPeriodLengthException) {
			return "report-period-length-error";
		}

		if (exception instanceof ReportOrganizationException) {
			return "report-organization-error";
		}

		if (exception instanceof ReportTrainingMethodException) {
			return "report-training-method-error";
		}

		if (exception instanceof ReportUnfreezeReasonException) {
			return "report-unfreeze-reason-error";
		}

		if (exception instanceof ReportFreezeStatusException) {
			return "report-freeze-status-error";
		}

		if ((exception instanceof DateTimeParseException) ||
			(exception instanceof NumberFormatException)) {

			return "enter-the-days-as-yyyy-mm-dd-and-the-year-as-a-number";
		}

		return null;
	}

}
