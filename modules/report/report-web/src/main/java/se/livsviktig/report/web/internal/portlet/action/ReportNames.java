package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.util.Locale;

import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The names a report page shows for the ids its figures carry: an organisation's name, a method's name in the
 * reader's language; the id itself for one that no longer exists, so a figure is never shown without a row.
 *
 * @author Livsviktig
 */
public class ReportNames {

	public ReportNames(
		OrganizationLocalService organizationLocalService,
		TrainingMethodLocalService trainingMethodLocalService, Locale locale) {

		_organizationLocalService = organizationLocalService;
		_trainingMethodLocalService = trainingMethodLocalService;
		_locale = locale;
	}

	public String methodName(long trainingMethodId) {
		TrainingMethod trainingMethod =
			_trainingMethodLocalService.fetchTrainingMethod(trainingMethodId);

		if (trainingMethod == null) {
			return String.valueOf(trainingMethodId);
		}

		return trainingMethod.getName(_locale);
	}

	public String organizationName(long organizationId) {
		Organization organization =
			_organizationLocalService.fetchOrganization(organizationId);

		if (organization == null) {
			return String.valueOf(organizationId);
		}

		return organization.getName();
	}

	private final Locale _locale;
	private final OrganizationLocalService _organizationLocalService;
	private final TrainingMethodLocalService _trainingMethodLocalService;

}
